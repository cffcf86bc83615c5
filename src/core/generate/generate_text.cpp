// Case Audit - invented names and recording text (see generate_text.h). All names, places,
// services and agencies below are invented for the fictional London Borough of Eastmere.
//
// Index of this file:
// [SECTION] Name lists
// [SECTION] Slot vocabulary
// [SECTION] fill
// [SECTION] Notes
// [SECTION] Assessments, plans, reviews, safeguarding, capacity, documents
// [SECTION] Supervision
#include "core/generate/generate_text.h"

#include <cstddef>

namespace ca::gen {

namespace {

template <class T, std::size_t N>
constexpr std::size_t count_of(const T (&)[N]) {
    return N;
}

// ---------------------------------------------------------------------------
// [SECTION] Name lists
// ---------------------------------------------------------------------------

// One name background: common first names and surnames, and CLD ethnicities seen with it.
struct NameGroup {
    const char* const* female;
    std::size_t female_n;
    const char* const* male;
    std::size_t male_n;
    const char* const* surnames;
    std::size_t surnames_n;
    const char* const* ethnicities;
    std::size_t ethnicities_n;
    int weight; // share of the borough's population, in per cent
};

const char* const k_uk_f[] = {"Margaret",  "Patricia", "Jean",   "Susan",     "Linda",  "Barbara",
                              "Joan",      "Doreen",   "Sandra", "Christine", "Janet",  "Maureen",
                              "Elizabeth", "Sarah",    "Emma",   "Hazel",     "Iris",   "Dawn",
                              "Tracey",    "Kerry",    "Zoë",    "Chloe",     "Hannah", "Ruth"};
const char* const k_uk_m[] = {"John",    "David",   "Michael", "Peter", "Robert", "Brian",
                              "Kenneth", "Terence", "George",  "Alan",  "Keith",  "Derek",
                              "Raymond", "Stanley", "Frank",   "James", "Thomas", "Daniel",
                              "Samuel",  "Liam",    "Gary",    "Stuart"};
const char* const k_uk_s[] = {"Smith",   "Jones",  "Taylor",   "Brown",  "Williams", "Wilson",
                              "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
                              "Walker",  "White",  "Roberts",  "Green",  "Hall",     "Wood",
                              "Clarke",  "Hughes", "Edwards",  "Lewis",  "Harris",   "Cooper",
                              "Ward",    "Morris", "Bailey",   "Bell",   "Mitchell", "Fraser"};
const char* const k_uk_e[] = {"white-british",     "white-british",
                              "white-british",     "mixed-white-black-caribbean",
                              "mixed-white-asian", "undeclared"};

const char* const k_sa_f[] = {"Amina",    "Fatima",  "Priya",    "Sunita", "Nasreen", "Shazia",
                              "Rukhsana", "Parveen", "Gurpreet", "Harjit", "Anjali",  "Farzana"};
const char* const k_sa_m[] = {"Mohammed", "Ahmed",   "Imran",    "Tariq", "Rajesh", "Sanjay",
                              "Arjun",    "Gurdeep", "Harpreet", "Abdul", "Faisal", "Vijay"};
const char* const k_sa_s[] = {"Patel", "Khan",  "Ali",  "Hussain", "Begum", "Ahmed",
                              "Shah",  "Singh", "Kaur", "Sharma",  "Miah",  "Chowdhury"};
const char* const k_sa_e[] = {"asian-indian", "asian-pakistani", "asian-bangladeshi",
                              "asian-other"};

const char* const k_af_f[] = {"Grace",     "Blessing", "Chioma", "Funmilayo", "Abena",  "Marcia",
                              "Claudette", "Hyacinth", "Yvonne", "Comfort",   "Esther", "Joy"};
const char* const k_af_m[] = {"Kwame",  "Kofi",  "Emeka",  "Tunde",   "Winston", "Desmond",
                              "Delroy", "Leroy", "Samuel", "Olumide", "Clive",   "Errol"};
const char* const k_af_s[] = {"Okafor",  "Adeyemi", "Mensah",  "Owusu", "Boateng", "Campbell",
                              "Francis", "Grant",   "Bennett", "Okoro", "Asante",  "Thomas"};
const char* const k_af_e[] = {"black-african", "black-caribbean", "black-other",
                              "mixed-white-black-african"};

const char* const k_ie_f[] = {"Siobhán", "Aoife", "Bridget", "Niamh", "Mary", "Kathleen"};
const char* const k_ie_m[] = {"Patrick", "Seán", "Declan", "Connor", "Michael", "Brendan"};
const char* const k_ie_s[] = {"Murphy", "O'Brien", "Kelly",    "Byrne",
                              "Walsh",  "Doyle",   "McCarthy", "Ryan"};
const char* const k_ie_e[] = {"white-irish", "white-irish", "white-gypsy-or-irish-traveller"};

const char* const k_eu_f[] = {"Agnieszka", "Katarzyna", "Elena", "Maria",
                              "Sofia",     "Olga",      "Ana",   "Ioana"};
const char* const k_eu_m[] = {"Piotr", "Tomasz", "Andrzej", "Mihai",
                              "João",  "Marco",  "Nikos",   "Stefan"};
const char* const k_eu_s[] = {"Kowalski", "Nowak", "Wójcik", "Popescu",     "Ionescu",
                              "Costa",    "Silva", "Rossi",  "Papadopoulos"};
const char* const k_eu_e[] = {"white-other"};

const char* const k_ea_f[] = {"Mei", "Lin", "Hoa", "Yuki", "Xiu", "Lan"};
const char* const k_ea_m[] = {"Wei", "Jun", "Minh", "Hiroshi", "Chen", "Tuan"};
const char* const k_ea_s[] = {"Chen", "Wong", "Li", "Nguyen", "Tran", "Zhang", "Lam"};
const char* const k_ea_e[] = {"asian-chinese", "asian-other"};

const char* const k_me_f[] = {"Zainab", "Leila", "Nadia", "Yasmin", "Elif", "Mariam"};
const char* const k_me_m[] = {"Hassan", "Yusuf", "Omar", "Karim", "Mehmet", "Ali"};
const char* const k_me_s[] = {"Yilmaz", "Demir", "Haddad", "Mansour", "Aziz", "Kaya", "Rahman"};
const char* const k_me_e[] = {"other-arab", "other", "mixed-other"};

#define CA_GROUP(p, w)                                                                             \
    NameGroup {                                                                                    \
        k_##p##_f, count_of(k_##p##_f), k_##p##_m, count_of(k_##p##_m), k_##p##_s,                 \
            count_of(k_##p##_s), k_##p##_e, count_of(k_##p##_e), w                                 \
    }
const NameGroup k_groups[] = {CA_GROUP(uk, 52), CA_GROUP(sa, 15), CA_GROUP(af, 13), CA_GROUP(ie, 5),
                              CA_GROUP(eu, 7),  CA_GROUP(ea, 4),  CA_GROUP(me, 4)};
#undef CA_GROUP

const NameGroup& pick_group(Random& r) {
    int roll = r.between(0, 99);
    for (const NameGroup& g : k_groups) {
        if (roll < g.weight)
            return g;
        roll -= g.weight;
    }
    return k_groups[0];
}

const char* pick_first(Random& r, const NameGroup& g, Sex sex) {
    const bool female = sex == Sex::Female || (sex == Sex::Unstated && r.chance(0.5));
    return female ? g.female[r.index_below(g.female_n)] : g.male[r.index_below(g.male_n)];
}

// ---------------------------------------------------------------------------
// [SECTION] Slot vocabulary
// ---------------------------------------------------------------------------

const char* const k_relationships[] = {"daughter", "son",       "wife",          "husband",
                                       "partner",  "niece",     "nephew",        "sister",
                                       "brother",  "neighbour", "granddaughter", "friend"};
const char* const k_pastimes[] = {"gardening",
                                  "going to the mosque on Fridays",
                                  "going to church on Sundays",
                                  "doing crosswords",
                                  "cooking for the family",
                                  "watching football",
                                  "knitting",
                                  "walking the dog",
                                  "listening to old records",
                                  "visiting the library",
                                  "playing dominoes at the community centre",
                                  "baking",
                                  "doing jigsaws",
                                  "following the cricket",
                                  "the lunch club at Marsh Lane",
                                  "talking to grandchildren on video calls"};
const char* const k_tasks[] = {"medication",   "money",   "shopping list", "breakfast",
                               "appointments", "washing", "post",          "pill organiser"};
const char* const k_quotes[] = {"I want to stay in my own home for as long as I can.",
                                "I don't want strangers coming in to wash me.",
                                "I miss going to the shops on my own.",
                                "My family does too much already; I don't want to be a burden.",
                                "I just want to be able to get up the stairs to my own bed.",
                                "I've been lonely since I lost my partner.",
                                "I like my routine. Please don't change the times of my calls.",
                                "I want to get back to my place of worship.",
                                "I'd like to cook for myself again.",
                                "I'm managing, but the nights are hard.",
                                "The carers are lovely, but they are always in a rush.",
                                "I don't want to go into a home.",
                                "I want to see my grandchildren more.",
                                "Please talk to me, not to my daughter."};
const char* const k_wishes[] = {
    "stay living at home",        "go out to the shops again",   "see friends at the lunch club",
    "manage the stairs safely",   "have a shower without help",  "get back to the allotment",
    "move somewhere with a lift", "take part in the day centre", "keep cooking for the family"};
const char* const k_gps[] = {"Millbrook Surgery", "Quayside Medical Centre",
                             "Saxon Way Health Centre", "Larkspur Avenue Practice",
                             "Tannery Close Surgery"};
const char* const k_agencies[] = {"Bluebell Home Care", "Kindly Care", "Harbour Lights Care",
                                  "Eastmere Homecare Partnership", "Willow Support Services"};
const char* const k_services[] = {"Eastmere Day Centre",
                                  "the Riverside Lunch Club",
                                  "Brambles Court extra care scheme",
                                  "the Eastmere Memory Café",
                                  "Harbourside Carers' Centre",
                                  "the Eastmere Community Equipment Service",
                                  "the Eastmere Reablement Team",
                                  "Orchard House care home",
                                  "the district nursing team",
                                  "the Eastmere sensory support service",
                                  "Eastmere Talking Therapies",
                                  "the Marsh Lane befriending scheme"};
const char* const k_conditions[] = {"dementia", "a stroke",      "Parkinson's",
                                    "COPD",     "depression",    "arthritis",
                                    "MS",       "heart failure", "diabetes"};
const char* const k_rooms[] = {"kitchen", "bathroom",    "hallway",
                               "bedroom", "living room", "garden"};
const char* const k_opinions[] = {
    "is managing well with the current support",
    "is at increased risk of falls at night",
    "would benefit from a short period of reablement",
    "is becoming more isolated and would benefit from regular contact with others",
    "is carrying a heavy caring load that needs its own assessment",
    "understands the risks of going out alone and has chosen to accept them",
    "needs a second carer for transfers to be safe"};
const char* const k_reasons[] = {
    "two falls have been reported in the last month",
    "the person has told me clearly what matters to them",
    "the carer reports being exhausted and not sleeping",
    "the occupational therapist's report shows transfers are now unsafe with one carer",
    "the current calls have met the outcomes agreed in the plan",
    "the GP has confirmed the medication change has helped",
    "the person's own network can meet this need"};
const char* const k_decisions[] = {"increase the morning call to 45 minutes",
                                   "refer to the occupational therapist for a bathing assessment",
                                   "arrange a carer's assessment",
                                   "continue the current support without change",
                                   "close the case, as the agreed outcomes have been met",
                                   "refer to the falls prevention service",
                                   "arrange two weeks of respite at Orchard House"};
const char* const k_actions[] = {"send the updated support plan",
                                 "phone the agency to confirm the new call times",
                                 "make the referral to the equipment service",
                                 "visit again to review the new equipment",
                                 "write to the GP with a copy of the assessment",
                                 "book the review"};
const char* const k_poor_adjectives[] = {"difficult",     "aggressive", "manipulative",
                                         "chaotic",       "unkempt",    "attention-seeking",
                                         "uncooperative", "demanding"};

// ---------------------------------------------------------------------------
// [SECTION] fill
// ---------------------------------------------------------------------------

template <class T, std::size_t N>
const T& choose(Random& r, const T (&a)[N]) {
    return a[r.index_below(N)];
}

void append_long_date(std::string& out, Date d) {
    static const char* const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    const YearMonthDay ymd = to_ymd(d);
    out.append(std::to_string(ymd.day));
    out.push_back(' ');
    out.append(months[ymd.month - 1]);
    out.push_back(' ');
    out.append(std::to_string(ymd.year));
}

void pronoun(std::string& out, const TextContext& c, const char* female, const char* male,
             bool possessive) {
    if (c.sex == Sex::Female)
        out.append(female);
    else if (c.sex == Sex::Male)
        out.append(male);
    else {
        out.append(c.first);
        if (possessive)
            out.append("'s");
    }
}

} // namespace

InventedName invent_name(Random& r, Sex sex) {
    const NameGroup& g = pick_group(r);
    InventedName n;
    n.first = pick_first(r, g, sex);
    n.surname = g.surnames[r.index_below(g.surnames_n)];
    n.ethnicity = g.ethnicities[r.index_below(g.ethnicities_n)];
    return n;
}

const char* invent_first_name(Random& r, Sex sex) {
    return pick_first(r, pick_group(r), sex);
}

const char* invent_surname(Random& r) {
    const NameGroup& g = pick_group(r);
    return g.surnames[r.index_below(g.surnames_n)];
}

void choose_case_facts(TextContext& c, Random& r) {
    c.carer = invent_first_name(r, r.chance(0.6) ? Sex::Female : Sex::Male);
    c.relationship = choose(r, k_relationships);
    c.pastime = choose(r, k_pastimes);
    c.task = choose(r, k_tasks);
    c.gp = choose(r, k_gps);
    c.agency = choose(r, k_agencies);
    c.condition = choose(r, k_conditions);
}

void fill(std::string& out, std::string_view tpl, const TextContext& c, Random& r) {
    std::size_t i = 0;
    while (i < tpl.size()) {
        const std::size_t open = tpl.find('{', i);
        if (open == std::string_view::npos || open + 2 >= tpl.size()) {
            out.append(tpl.data() + i, tpl.size() - i);
            return;
        }
        out.append(tpl.data() + i, open - i);
        const char slot = tpl[open + 1];
        i = open + 3; // "{x}"
        switch (slot) {
        case 'p':
            out.append(c.first);
            break;
        case 'P':
            out.append(c.full);
            break;
        case 'h':
            pronoun(out, c, "she", "he", false);
            break;
        case 'H':
            if (c.sex == Sex::Unstated)
                out.append(c.first);
            else
                out.append(c.sex == Sex::Female ? "She" : "He");
            break;
        case 's':
            pronoun(out, c, "her", "his", true);
            break;
        case 'S':
            if (c.sex == Sex::Unstated)
                out.append(c.first + "'s");
            else
                out.append(c.sex == Sex::Female ? "Her" : "His");
            break;
        case 'm':
            pronoun(out, c, "her", "him", false);
            break;
        case 'c':
            out.append(c.carer);
            break;
        case 'r':
            out.append(c.relationship);
            break;
        case 'b':
            out.append(c.pastime);
            break;
        case 't':
            out.append(c.task);
            break;
        case 'q':
            out.append(choose(r, k_quotes));
            break;
        case 'a':
            out.append(choose(r, k_wishes));
            break;
        case 'g':
            out.append(c.gp);
            break;
        case 'd':
            append_long_date(out, c.event);
            break;
        case 'n':
            append_long_date(out, add_days(c.event, r.between(7, 28)));
            break;
        case 'w':
            out.append(c.worker);
            break;
        case 'y':
            out.append(c.agency);
            break;
        case 'v':
            out.append(choose(r, k_services));
            break;
        case 'o':
            out.append(choose(r, k_opinions));
            break;
        case 'e':
            out.append(choose(r, k_reasons));
            break;
        case 'k':
            out.append(choose(r, k_decisions));
            break;
        case 'x':
            out.append(choose(r, k_actions));
            break;
        case 'j':
            out.append(choose(r, k_poor_adjectives));
            break;
        case 'z':
            out.append(c.condition);
            break;
        case 'u':
            out.append(invent_surname(r));
            break;
        case 'R':
            out.append(choose(r, k_rooms));
            break;
        default:
            out.append(tpl.data() + open, 3);
            break; // not a slot: keep as written
        }
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Notes
// ---------------------------------------------------------------------------

namespace {

const char* const k_visit_open[] = {
    "Home visit to {p} as planned, with {s} {r} {c} present at {p}'s request.",
    "Visited {p} at home to talk about how the support is going.",
    "Joint visit with the occupational therapist to see {p} at home.",
    "Visited {p} at {v}, where {h} now goes twice a week."};
const char* const k_phone_open[] = {
    "Phoned {p} to follow up the visit last week.",
    "{c} ({p}'s {r}) phoned the duty line and asked to speak to me.",
    "Phone call with {y} about {p}'s morning calls.", "Returned a call from {g} about {p}."};
const char* const k_letter_open[] = {
    "Wrote to {p} to confirm what we agreed on {d}.",
    "Emailed {y} with the updated call times for {p}.",
    "Letter received from {g} about {p}'s recent appointment; uploaded to the file.",
    "Sent {p} a copy of {s} support plan in large print, as {h} asked."};
const char* const k_voice[] = {"{p} said: \"{q}\"", "{p} told me {h} would like to {a}.",
                               "When I asked what matters most to {m}, {p} said: \"{q}\"",
                               "{p} said {h} is worried about the winter and wants to {a}."};
const char* const k_strength[] = {
    "{p} manages {s} own {t} and enjoys {b}.",
    "{p} has a good network: {s} {r} {c} visits most days and a neighbour does the shopping.",
    "{p} is able to wash and dress with prompts and wants to keep doing so.",
    "{p} knows {s} own routine well and uses a calendar to keep track of appointments.",
    "{H} still enjoys {b}, which gives {m} a reason to get up in the morning."};
const char* const k_fact[] = {
    "{c} ({r}) told me that {p} had a fall in the {R} on {d}; {p} was not hurt.",
    "The district nurse reported by phone that {p}'s leg ulcer is healing.",
    "Dr {u} at {g} confirmed that {p}'s medication was changed on {d}.",
    "{y} reported that two calls were missed last week because of staff sickness.",
    "I observed that the kitchen was clean and there was fresh food in the fridge.",
    "I saw {p} walk from the chair to the door with {s} frame, slowly but safely."};
const char* const k_opinion[] = {
    "In my professional opinion, {p} {o}, because {e}.",
    "My assessment is that {p} {o}; I have reached this view because {e}.",
    "My professional judgement is that {p} {o}."};
const char* const k_decision[] = {"I have agreed with {p} to {k}, because {e}.",
                                  "Decision: {k}. Reason: {e}.",
                                  "We agreed to {k}. {p} was happy with this."};
const char* const k_next[] = {"Next steps: I will {x} by {n}.",
                              "I will {x} and visit again on {n}.", "Action for me: {x} by {n}."};

const char* const k_good_titles[] = {"Home visit", "Visit", "Review of support", "Follow-up visit"};
const char* const k_phone_titles[] = {"Phone call", "Call from family", "Call with agency",
                                      "Call with GP surgery"};
const char* const k_letter_titles[] = {"Letter", "Email to agency", "Correspondence",
                                       "Copy of plan sent"};

const char* const k_jargon[] = {
    "SU seen at home. Presenting as {j}.",
    "Service user {j} and non-compliant with meds again.",
    "Package to continue as per CSP. NFA at present.",
    "{p} suffers from {z} and is wheelchair-bound.",
    "SU refused to engage with DN and OT.",
    "POC reviewed, no changes. Will f/u re TEC and DST.",
    "Discussed at MDT. CHC checklist to be done. DoLS not required at this stage.",
    "Service user is very {j} and the property is {j}.",
    "Client presenting with low mood, poor compliance. Package not meeting needs.",
    "SU was non-compliant with the care plan and placement is at risk."};
const char* const k_misspelt[] = {
    "Recieved call from {c} who was dissapointed that the carers had not arrived untill 11am.",
    "Will definately need to look at seperate accomodation in the future.",
    "Letter sent to the adress on file, awaiting responce.",
    "{p} said the carers occured to be late alot, I will persue this tommorow.",
    "It is neccessary to arrange a reveiw begining next month.",
    "Spoke to {y}, they will recieve the new rota and arrange the calls acordingly."};
const char* const k_capitals[] = {
    "DTR RANG TO COMPLAIN ABOUT CARERS BEING LATE. ADVISED TO RING THE AGENCY.",
    "SU NOT IN. CARD LEFT. WILL TRY AGAIN.",
    "URGENT - POC BROKEN DOWN, AGENCY HANDED BACK. DUTY TO PICK UP.",
    "FAMILY NOT HAPPY. MANAGER TO CALL BACK."};
const char* const k_near_empty[] = {"Tc.",       "NFA.",     "LM.",       "See above.",
                                    "no answer", "Visited.", "as before", "f/u"};

void sentence(std::string& out, const char* tpl, const TextContext& c, Random& r) {
    if (!out.empty())
        out.push_back(' ');
    fill(out, tpl, c, r);
}

} // namespace

void good_note(std::string& out, std::string& title, NoteKind kind, const TextContext& c,
               Random& r) {
    out.clear();
    title.clear();
    switch (kind) {
    case NoteKind::Visit:
        sentence(out, choose(r, k_visit_open), c, r);
        title = choose(r, k_good_titles);
        break;
    case NoteKind::Phone:
        sentence(out, choose(r, k_phone_open), c, r);
        title = choose(r, k_phone_titles);
        break;
    case NoteKind::Correspondence:
        sentence(out, choose(r, k_letter_open), c, r);
        title = choose(r, k_letter_titles);
        if (r.chance(0.5))
            return; // a letter note can be one sentence
        break;
    }
    sentence(out, choose(r, k_voice), c, r);
    if (r.chance(0.7))
        sentence(out, choose(r, k_strength), c, r);
    if (r.chance(0.6))
        sentence(out, choose(r, k_fact), c, r);
    if (r.chance(0.5))
        sentence(out, choose(r, k_opinion), c, r);
    if (r.chance(0.4))
        sentence(out, choose(r, k_decision), c, r);
    sentence(out, choose(r, k_next), c, r);
}

PoorStyle pick_poor_style(Random& r) {
    const int roll = r.between(0, 99);
    if (roll < 45)
        return PoorStyle::Jargon;
    if (roll < 63)
        return PoorStyle::NearEmpty;
    if (roll < 73)
        return PoorStyle::Capitals;
    if (roll < 81)
        return PoorStyle::Long;
    return PoorStyle::Misspelt;
}

void poor_note(std::string& out, std::string& title, NoteKind kind, PoorStyle style,
               const TextContext& c, Random& r) {
    out.clear();
    title.clear();
    if (r.chance(0.5))
        title = kind == NoteKind::Visit ? "HV" : kind == NoteKind::Phone ? "TC" : "Corr";
    switch (style) {
    case PoorStyle::Jargon:
        sentence(out, choose(r, k_jargon), c, r);
        sentence(out, choose(r, k_jargon), c, r);
        if (r.chance(0.5))
            sentence(out, choose(r, k_jargon), c, r);
        break;
    case PoorStyle::NearEmpty:
        out = choose(r, k_near_empty);
        break;
    case PoorStyle::Capitals:
        sentence(out, choose(r, k_capitals), c, r);
        break;
    case PoorStyle::Misspelt:
        sentence(out, choose(r, k_misspelt), c, r);
        sentence(out, choose(r, k_jargon), c, r);
        break;
    case PoorStyle::Long: {
        // An over-long entry: everything that happened, repeated, with no analysis.
        sentence(out, choose(r, k_visit_open), c, r);
        const int n = r.between(18, 40);
        for (int k = 0; k < n; ++k) {
            const int which = r.between(0, 3);
            if (which == 0)
                sentence(out, choose(r, k_jargon), c, r);
            else if (which == 1)
                sentence(out, choose(r, k_fact), c, r);
            else if (which == 2)
                sentence(out, choose(r, k_misspelt), c, r);
            else
                sentence(out, "{p} was asked about {s} week and said it was the same as before.", c,
                         r);
        }
        break;
    }
    }
}

void supervision_case_note(std::string& out, const TextContext& c, Random& r) {
    static const char* const k[] = {
        ("Discussed in supervision with {w}. {p}'s support is meeting the agreed outcomes. "
         "Decision: {k}, because {e}."),
        ("Case discussed in supervision. Risks reviewed: {p} {o}. Agreed that {w} will {x} by "
         "{n}."),
        "Supervision discussion: {w} reflected on {p}'s wish to {a}. Agreed plan: {k}.",
        "Discussed in supervision. Review is overdue; {w} to book it by {n}."};
    out.clear();
    fill(out, choose(r, k), c, r);
}

void manager_decision_note(std::string& out, const TextContext& c, Random& r, bool closing) {
    static const char* const k_close[] = {
        ("Case closed: the outcomes in the support plan have been met and {p} agreed. "
         "{H} knows how to contact us again."),
        ("Manager's decision: close. {p} has moved to Orchard House care home and the home's "
         "own review process now applies."),
        "Closure agreed. Reason: {e}. {p} was told in writing on {d}."};
    static const char* const k_open[] = {
        "Manager's decision: {k}, because {e}.",
        "Agreed to fund the increased support from {n}. Reason: {e}.",
        ("Case held on the duty list until it can be allocated. Risks checked by phone with "
         "{c} on {d}; no immediate concerns.")};
    out.clear();
    fill(out, closing ? choose(r, k_close) : choose(r, k_open), c, r);
}

void audit_case_note(std::string& out, const TextContext& c, Random& r, const char* grade) {
    out.clear();
    out.append("Case audited (grade: ");
    out.append(grade);
    out.append("). ");
    out.append(audit_summary(r, grade));
    if (r.chance(0.5))
        fill(out, " Actions agreed with {w}: {x} by {n}.", c, r);
}

void allocation_note(std::string& out, const TextContext& c, Random& r) {
    static const char* const k[] = {
        "Allocated to {w}. {p} has been told who {s} worker is and how to contact {w}.",
        ("Case reallocated to {w} because the previous worker has left. Introductory letter "
         "sent to {p}."),
        "Allocated to {w} for assessment following the request on {d}."};
    out.clear();
    fill(out, choose(r, k), c, r);
}

// ---------------------------------------------------------------------------
// [SECTION] Assessments, plans, reviews, safeguarding, capacity, documents
// ---------------------------------------------------------------------------

void section_text(std::string& out, std::string_view kind, bool good, const TextContext& c,
                  Random& r) {
    out.clear();
    if (kind == "risk") {
        fill(out,
             good ? "Main risk: falls at night when {p} goes to the bathroom. {p} understands "
                    "this and has chosen to keep sleeping upstairs. Agreed: sensor light and a "
                    "commode; reviewed at each visit."
                  : "High risk of falls. SU non-compliant with frame.",
             c, r);
    } else if (kind == "safeguarding") {
        fill(out,
             good ? "No safeguarding concerns were raised by {p}, {c} or the agency. {p} knows "
                    "how to raise a concern and has the number for the duty line."
                  : "No SG concerns.",
             c, r);
    } else if (kind == "mental-capacity") {
        fill(out,
             good ? "There is no reason to doubt {p}'s capacity to make decisions about {s} "
                    "care and support; {h} weighed the options and explained {s} choice."
                  : "Capacity presumed.",
             c, r);
    } else if (kind == "strengths") {
        fill(out,
             good ? "{p} manages {s} own {t}, enjoys {b} and has {s} {r} {c} nearby. {p} said: "
                    "\"{q}\""
                  : "Nil of note.",
             c, r);
    } else if (kind == "outcomes") {
        fill(out,
             good ? "{p} would like to {a}. Agreed outcomes: to be safe getting washed and "
                    "dressed, and to keep in touch with friends."
                  : "Package to meet needs.",
             c, r);
    } else {
        fill(out,
             good ? "{p} needs help with personal care in the morning and with meals; {s} {r} "
                    "helps in the evening. These are eligible needs under the Care Act."
                  : "Needs as per previous assessment.",
             c, r);
    }
}

void plan_text(std::string& out, bool good, const TextContext& c, Random& r) {
    out.clear();
    if (good)
        fill(out,
             ("What matters to {p}: \"{q}\" Support agreed: two calls a day from {y} for help "
              "with washing and meals; {s} {r} {c} helps at weekends; {p} will keep going to "
              "{v}. Contingency: if a call is missed, {c} phones the agency and then the duty "
              "line."),
             c, r);
    else
        fill(out, "POC x2 daily via {y}. DC x1 weekly. Review 6/52.", c, r);
}

void review_text(std::string& out, bool good, const TextContext& c, Random& r) {
    out.clear();
    if (good)
        fill(out,
             ("Reviewed with {p} and {c}. {p} said: \"{q}\" The support is meeting the agreed "
              "outcomes, although {p} would like to {a}. Decision: {k}, because {e}."),
             c, r);
    else
        fill(out, "Review completed. Package meeting needs. No change. NFA.", c, r);
}

void safeguarding_text(std::string& out, bool enquiry, const TextContext& c, Random& r) {
    static const char* const k_concern[] = {
        ("{y} reported unexplained bruising on {p}'s arm on {d}. {p} said the bruise came "
         "from a fall against the bed frame."),
        "{c} raised a concern that money was going missing from {p}'s purse.",
        "A neighbour reported that {p} had been left without food over the weekend.",
        "Concern raised about missed medication; three doses were not given last week."};
    static const char* const k_enquiry[] = {
        ("Section 42 enquiry: {p} was asked what outcome {h} wants and said: \"{q}\" "
         "Protection plan agreed with {p} and the agency."),
        ("Enquiry opened. The agency is investigating the missed calls; {p} has been kept "
         "informed and chose to stay with the same agency.")};
    out.clear();
    fill(out, enquiry ? choose(r, k_enquiry) : choose(r, k_concern), c, r);
}

const char* capacity_decision(Random& r) {
    static const char* const k[] = {"Where to live on discharge from hospital",
                                    "Whether to accept care and support at home",
                                    "Managing own finances", "Whether to move to a care home",
                                    "Consent to the use of a bed sensor"};
    return choose(r, k);
}

void capacity_text(std::string& out, const char* outcome, const TextContext& c, Random& r) {
    out.clear();
    const std::string_view o = outcome;
    if (o == "has-capacity")
        fill(out,
             ("{p} understood the information, retained it, weighed the options and told me "
              "{s} decision. {H} has capacity to make this decision."),
             c, r);
    else if (o == "lacks-capacity")
        fill(out,
             ("{p} could not retain the information for long enough to weigh it, despite "
              "pictures and two visits at {s} best time of day. A best interests meeting is "
              "arranged with {c}."),
             c, r);
    else
        fill(out, "Assessment started but {p} was unwell; to be completed on {n}.", c, r);
}

const char* document_title(Random& r, std::string_view kind) {
    static const char* const k_email[] = {"Email from GP surgery", "Email from the agency",
                                          "Email from family about call times",
                                          "Email from the hospital ward"};
    static const char* const k_letter[] = {"Letter confirming the support plan",
                                           "Letter from consultant", "Financial assessment letter",
                                           "Letter to the person after the review"};
    static const char* const k_report[] = {"OT report", "Discharge summary",
                                           "Provider's monthly report", "Falls clinic report"};
    static const char* const k_form[] = {"Signed consent form", "Direct payment agreement",
                                         "Financial assessment form"};
    if (kind == "email")
        return choose(r, k_email);
    if (kind == "letter")
        return choose(r, k_letter);
    if (kind == "report")
        return choose(r, k_report);
    return choose(r, k_form);
}

const char* service_type(Random& r, bool hospital) {
    static const char* const k_long[] = {
        "Long Term Support: Community", "Long Term Support: Community",
        "Long Term Support: Residential", "Long Term Support: Nursing"};
    static const char* const k_short[] = {"Short Term Support: ST-Max",
                                          "Short Term Support: Other Short Term"};
    return hospital || r.chance(0.2) ? choose(r, k_short) : choose(r, k_long);
}

const char* request_outcome(Random& r) {
    static const char* const k[] = {"Progress to Assessment", "Progress to Assessment",
                                    "Short Term Support (ST-Max)",
                                    "Universal Services / Signposted to Other Services"};
    return choose(r, k);
}

// ---------------------------------------------------------------------------
// [SECTION] Supervision
// ---------------------------------------------------------------------------

void supervision_text(std::string& out, bool asye, Random& r) {
    static const char* const k[] = {
        ("Supervision held. Wellbeing checked; workload discussed against the caseload limits. "
         "Reflective discussion of one complex case."),
        ("Supervision: caseload reviewed case by case, overdue reviews prioritised, training "
         "needs discussed."),
        ("Monthly supervision. Reflected on a safeguarding enquiry and on recording: notes to "
         "show the person's own words and the reasons for decisions."),
        "Supervision held. Annual leave and cover agreed. Two cases discussed in detail."};
    out.clear();
    if (asye)
        out.append("ASYE supervision. Progress against the PCF domains discussed; protected "
                   "caseload checked. ");
    out.append(choose(r, k));
}

void supervision_decision(std::string& out, const TextContext& c, Random& r) {
    out.clear();
    fill(out, "Agreed to {k} for {p}, because {e}.", c, r);
}

void supervision_action(std::string& out, const TextContext& c, Random& r) {
    out.clear();
    fill(out, "{x} for {p}", c, r);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
}

const char* audit_summary(Random& r, const char* grade) {
    const std::string_view g = grade;
    if (g == "outstanding" || g == "good") {
        static const char* const k[] = {
            "The person's voice is clear throughout and decisions are explained.",
            ("Risk, safeguarding and capacity are all evidenced; the plan was given to the "
             "person."),
            "Strengths are well recorded and the file is up to date."};
        return choose(r, k);
    }
    static const char* const k[] = {
        "Review overdue; jargon in several notes; risk section of the assessment incomplete.",
        "Notes are late and do not separate fact from opinion. Plan not given to the person.",
        "Correspondence not uploaded as PDF; case file not up to date."};
    return choose(r, k);
}

} // namespace ca::gen

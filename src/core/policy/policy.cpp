// Case Audit - the policy file: defaults, validation, JSON load and save, fingerprint.
//
// Index of this file:
// [SECTION] Defaults
// [SECTION] Validation of the numbers
// [SECTION] Reading JSON (strict: unknown keys, wrong types and ranges are errors)
// [SECTION] Writing JSON
// [SECTION] Fingerprint
#include "core/policy/policy.h"

#include "core/calendar/bank_holidays.h"
#include "core/json/checked_json.h"
#include "core/text/word_lists.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace ca {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Defaults
// ---------------------------------------------------------------------------

Policy default_policy() {
    Policy p;
    p.timescales.bank_holidays = england_and_wales_bank_holidays().dates;
    return p;
}

WorkingCalendar policy_calendar(const Policy& policy) {
    return WorkingCalendar(policy.timescales.bank_holidays);
}

namespace {
constexpr std::string_view k_supervision_rules[] = {"frequency", "record-timescale", "cases-listed",
                                                    "decisions-actions", "oversight"};
bool is_supervision_rule(const std::string& rule) {
    for (std::string_view r : k_supervision_rules)
        if (r == rule)
            return true;
    return false;
}
std::string supervision_rule_list() {
    std::string out;
    for (std::string_view r : k_supervision_rules)
        out += (out.empty() ? "" : ", ") + std::string(r);
    return out;
}
} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Validation of the numbers
// ---------------------------------------------------------------------------

std::vector<PolicyError> validate_policy(const Policy& policy) {
    std::vector<PolicyError> errors;
    auto error = [&](std::string path, std::string message) {
        errors.push_back({std::move(path), std::move(message)});
    };
    if (policy.name.empty())
        error("name", "The policy needs a name (it is shown with every result).");
    if (policy.version.empty())
        error("version", "The policy needs a version (it is shown with every result).");

    const CaseloadPolicy& c = policy.caseload;
    if (c.upper < 0 || c.upper > 1000)
        error("caseload.upper", "The upper caseload must be between 0 and 1000.");
    if (c.absolute < 0 || c.absolute > 1000)
        error("caseload.absolute", "The absolute limit must be between 0 and 1000.");
    if (c.upper > c.absolute)
        error("caseload.upper", "The upper caseload (" + std::to_string(c.upper) +
                                    ") must not be above the absolute limit (" +
                                    std::to_string(c.absolute) + ").");
    if (c.director_validity_days < 1 || c.director_validity_days > 3660)
        error("caseload.directorValidityDays",
              "A Director discussion's validity must be between 1 and 3660 days.");
    if (c.history_months < 1 || c.history_months > 120)
        error("caseload.historyMonths", "The caseload history must cover 1 to 120 months.");
    for (std::size_t i = 0; i < c.other_limits.size(); ++i) {
        const OtherCaseloadLimit& o = c.other_limits[i];
        const std::string p = "caseload.otherLimits[" + std::to_string(i) + "]";
        if (o.upper < 0 || o.upper > 1000)
            error(p + ".upper", "The upper caseload must be between 0 and 1000.");
        if (o.absolute < 0 || o.absolute > 1000)
            error(p + ".absolute", "The absolute limit must be between 0 and 1000.");
        if (o.upper > o.absolute)
            error(p + ".upper", "The upper caseload (" + std::to_string(o.upper) +
                                    ") must not be above the absolute limit (" +
                                    std::to_string(o.absolute) + ").");
    }

    const AsyePolicy& a = c.asye;
    if (!(a.duration_months > 0.0 && a.duration_months <= 60.0))
        error("caseload.asye.durationMonths", "The ASYE must last more than 0 and at most 60 "
                                              "months.");
    if (a.enabled && a.milestones.empty())
        error("caseload.asye.milestones", "The ASYE milestone table needs at least one row.");
    if (!a.milestones.empty() && a.milestones.front().months != 0.0)
        error("caseload.asye.milestones[0].months",
              "The first ASYE milestone must be at month 0, so that every month of the ASYE "
              "has a fraction.");
    for (std::size_t i = 0; i < a.milestones.size(); ++i) {
        const AsyeMilestone& m = a.milestones[i];
        const std::string p = "caseload.asye.milestones[" + std::to_string(i) + "]";
        if (!(m.months >= 0.0 && m.months <= 60.0))
            error(p + ".months", "A milestone's month must be between 0 and 60.");
        if (!(m.fraction >= 0.0 && m.fraction <= 1.0))
            error(p + ".fraction", "A fraction must be between 0 and 1.");
        if (i > 0 && !(m.months > a.milestones[i - 1].months))
            error(p + ".months", "Milestones must be sorted by month with no month repeated.");
    }

    const TimescalePolicy& t = policy.timescales;
    auto check_range = [&](const char* path, int value, int lo, int hi, const char* what) {
        if (value < lo || value > hi)
            error(path, std::string(what) + " must be between " + std::to_string(lo) + " and " +
                            std::to_string(hi) + ".");
    };
    check_range("timescales.noteWorkingDays", t.note_working_days, 0, 60,
                "The working days to record a case note");
    check_range("timescales.assessmentDays", t.assessment_days, 1, 366,
                "The days to complete an assessment");
    check_range("timescales.supervisionRecordWorkingDays", t.supervision_record_working_days, 0, 60,
                "The working days to write up a supervision record");
    check_range("timescales.upToDateDays", t.up_to_date_days, 1, 366,
                "The days within which a case file counts as up to date");
    check_range("timescales.reviewAfterPlanMinWeeks", t.review_after_plan_min_weeks, 0, 104,
                "The earliest first review after a plan, in weeks,");
    check_range("timescales.reviewAfterPlanMaxWeeks", t.review_after_plan_max_weeks, 1, 104,
                "The latest first review after a plan, in weeks,");
    if (t.review_after_plan_min_weeks > t.review_after_plan_max_weeks)
        error("timescales.reviewAfterPlanMinWeeks",
              "The earliest first review must not be after the latest.");
    check_range("timescales.reviewIntervalMonths", t.review_interval_months, 1, 60,
                "The longest interval between reviews, in months,");
    check_range("timescales.trainingMonths", t.training_months, 0, 24,
                "The months allowed to complete the required training");
    check_range("timescales.auditNoteWorkingDays", t.audit_note_working_days, 0, 60,
                "The working days to add the audit case note");
    check_range("timescales.correspondenceUploadWorkingDays", t.correspondence_upload_working_days,
                0, 60, "The working days to upload an email or letter");
    check_range("timescales.onTimeMetPercent", t.on_time_met_percent, 1, 100,
                "The percent on time for met");
    check_range("timescales.onTimePartlyMetPercent", t.on_time_partly_met_percent, 0, 100,
                "The percent on time for partly met");
    if (t.on_time_partly_met_percent > t.on_time_met_percent)
        error("timescales.onTimePartlyMetPercent",
              "The percent on time for partly met must not be above the percent for met.");
    for (std::size_t i = 1; i < t.bank_holidays.size(); ++i)
        if (!(t.bank_holidays[i - 1] < t.bank_holidays[i]))
            error("timescales.bankHolidays[" + std::to_string(i) + "]",
                  "Bank holidays must be listed in date order, each once.");

    const AuditPolicy& au = policy.audit;
    const GradeBands& b = au.bands;
    if (!(b.requires_improvement > 0.0 && b.requires_improvement < b.good &&
          b.good < b.outstanding && b.outstanding <= 100.0))
        error("audit.bands", "The grade bands must rise: 0 < requiresImprovement < good < "
                             "outstanding <= 100.");
    const SamplingDefaults& sd = au.sampling;
    check_range("audit.sampling.size", sd.size, 1, 500, "The sample size");
    check_range("audit.sampling.recentlyAuditedMonths", sd.recently_audited_months, 1, 120,
                "The months a case counts as recently audited");
    check_range("audit.sampling.activityMonths", sd.activity_months, 1, 120,
                "The months a case must show activity in");
    const SupervisionFrequency& f = au.supervision_frequency;
    check_range("audit.supervisionFrequency.asyeDays", f.asye_days, 1, 366,
                "The days between supervisions of an ASYE worker");
    check_range("audit.supervisionFrequency.otherDays", f.other_days, 1, 366,
                "The days between supervisions");
    check_range("audit.supervisionFrequency.graceDays", f.grace_days, 0, 366, "The grace days");
    check_range("audit.oversightDays", au.oversight_days, 0, 366,
                "The days to show management oversight after supervision");
    auto check_phrases = [&](const char* key, const std::vector<std::string>& phrases) {
        for (std::size_t i = 0; i < phrases.size(); ++i) {
            const std::string& ph = phrases[i];
            const bool has_word = std::any_of(ph.begin(), ph.end(), [](char ch) {
                return std::isalnum(static_cast<unsigned char>(ch)) != 0 ||
                       static_cast<unsigned char>(ch) >= 0x80;
            });
            if (!has_word || ph.size() > 100)
                error(std::string("audit.") + key + "[" + std::to_string(i) + "]",
                      "A phrase needs at least one letter or digit, and at most 100 characters.");
        }
    };
    check_phrases("capacityPhrases", au.capacity_phrases);
    check_phrases("safeguardingPhrases", au.safeguarding_phrases);
    check_range("reports.auditsPerManagerPerMonth", policy.reports.audits_per_manager_per_month, 0,
                100, "The audits expected of a first-line manager each month");
    check_range("reports.minAuditsPerWorker", policy.reports.min_audits_per_worker, 1, 100,
                "The audits a worker needs before their compliance is shown");
    if (au.supervision_checklist.empty())
        error("audit.supervisionChecklist", "The supervision checklist needs at least one item.");
    const TrainingPolicy& tr = policy.training;
    if (!(tr.pass_agreement_percent >= 0.0 && tr.pass_agreement_percent <= 100.0))
        error("training.passAgreementPercent",
              "The agreement a trainee needs to pass must be from 0 to 100 (per cent).");
    if (!(tr.pass_kappa >= -1.0 && tr.pass_kappa <= 1.0))
        error("training.passKappa", "The kappa a trainee needs to pass must be from -1 to 1.");
    for (std::size_t i = 0; i < au.supervision_checklist.size(); ++i) {
        const ChecklistItem& item = au.supervision_checklist[i];
        const std::string p = "audit.supervisionChecklist[" + std::to_string(i) + "]";
        if (item.key.empty() || item.key.find_first_not_of(
                                    "abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
            error(p + ".key", "A key is lower-case letters, digits and hyphens, such as "
                              "\"record-timescale\".");
        if (item.title.empty())
            error(p + ".title", "Each item needs a title.");
        if (!item.rule.empty() && !is_supervision_rule(item.rule))
            error(p + ".rule", "Unknown rule \"" + item.rule + "\": expected one of " +
                                   supervision_rule_list() + ", or \"\" for judgement only.");
        for (std::size_t k = 0; k < i; ++k)
            if (au.supervision_checklist[k].key == item.key)
                error(p + ".key", "The key \"" + item.key + "\" is used twice.");
    }
    return errors;
}

// ---------------------------------------------------------------------------
// [SECTION] Reading JSON
// ---------------------------------------------------------------------------

namespace {

// Walks one JSON object: every read marks its key as known, and finish() reports the rest.
class ObjectReader {
public:
    ObjectReader(const Json& object, std::string path, std::vector<PolicyError>& errors)
        : object_(object), path_(std::move(path)), errors_(errors) {}

    std::string path_of(const std::string& key) const {
        return path_.empty() ? key : path_ + "." + key;
    }
    void error(const std::string& key, std::string message) {
        errors_.push_back({path_of(key), std::move(message)});
    }
    // The value of `key`, or null when absent (the default is kept).
    const Json* get(const std::string& key) {
        known_.push_back(key);
        const auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }
    void read_string(const std::string& key, std::string& out) {
        if (const Json* v = get(key)) {
            if (v->is_string())
                out = v->get<std::string>();
            else
                error(key, "Expected a string.");
        }
    }
    void read_bool(const std::string& key, bool& out) {
        if (const Json* v = get(key)) {
            if (v->is_boolean())
                out = v->get<bool>();
            else
                error(key, "Expected true or false.");
        }
    }
    void read_int(const std::string& key, int& out) {
        if (const Json* v = get(key)) {
            if (v->is_number_integer() && !beyond_int64(*v) && v->get<std::int64_t>() >= -1000000 &&
                v->get<std::int64_t>() <= 1000000)
                out = static_cast<int>(v->get<std::int64_t>());
            else
                error(key, "Expected a whole number from -1000000 to 1000000; found " +
                               json_value_as_written(*v) + ".");
        }
    }
    void read_number(const std::string& key, double& out) {
        if (const Json* v = get(key)) {
            if (v->is_number())
                out = v->get<double>();
            else
                error(key, "Expected a number.");
        }
    }
    // A fraction written as a number (0.9) or as a string "n/d" ("9/10"), as the policy
    // words it.
    void read_fraction(const std::string& key, double& out) {
        const Json* v = get(key);
        if (!v)
            return;
        if (v->is_number()) {
            out = v->get<double>();
            return;
        }
        if (v->is_string()) {
            // "n/d" or a whole number "n"; digits only, parsed by hand (no locale).
            const std::string s = v->get<std::string>();
            const std::size_t slash = s.find('/');
            const std::string num = s.substr(0, slash);
            const std::string den = slash == std::string::npos ? "1" : s.substr(slash + 1);
            auto digits = [](const std::string& t) {
                return !t.empty() && t.size() <= 4 &&
                       t.find_first_not_of("0123456789") == std::string::npos;
            };
            if (digits(num) && digits(den) && std::stoi(den) > 0) {
                out = static_cast<double>(std::stoi(num)) / static_cast<double>(std::stoi(den));
                return;
            }
        }
        error(key, "Expected a fraction: a number such as 0.9 or a string such as \"9/10\".");
    }
    template <typename E>
    void read_enum(const std::string& key, E& out, std::string_view (*name)(E), const char* allowed,
                   const E* values, std::size_t count) {
        if (const Json* v = get(key)) {
            if (v->is_string()) {
                for (std::size_t i = 0; i < count; ++i)
                    if (name(values[i]) == v->get<std::string>()) {
                        out = values[i];
                        return;
                    }
            }
            error(key, std::string("Expected one of: ") + allowed + ".");
        }
    }
    template <typename E>
    void read_enum_list(const std::string& key, std::vector<E>& out) {
        const Json* v = get(key);
        if (!v)
            return;
        if (!v->is_array()) {
            error(key, "Expected a list of: " + enum_name_list<E>() + ".");
            return;
        }
        std::vector<E> values;
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Json& item = (*v)[i];
            const std::optional<E> e =
                item.is_string() ? parse_enum<E>(item.get<std::string>()) : std::nullopt;
            if (!e)
                errors_.push_back({path_of(key) + "[" + std::to_string(i) + "]",
                                   "Expected one of: " + enum_name_list<E>() + "."});
            else
                values.push_back(*e);
        }
        out = std::move(values);
    }
    void finish() {
        for (auto it = object_.begin(); it != object_.end(); ++it) {
            bool known = false;
            for (const std::string& k : known_)
                known = known || k == it.key();
            if (!known)
                errors_.push_back({path_of(it.key()), "Unknown key \"" + it.key() +
                                                          "\": check its spelling against "
                                                          "docs/policy-file.md."});
        }
    }

private:
    const Json& object_;
    std::string path_;
    std::vector<PolicyError>& errors_;
    std::vector<std::string> known_;
};

std::string_view interpolation_name(AsyeInterpolation i) {
    return i == AsyeInterpolation::Linear ? "linear" : "step";
}
std::string_view basis_name(AsyeBasis b) {
    return b == AsyeBasis::TeamUpper ? "team-upper" : "team-mean";
}
constexpr AsyeInterpolation k_interpolations[] = {AsyeInterpolation::Linear,
                                                  AsyeInterpolation::Step};
constexpr AsyeBasis k_bases[] = {AsyeBasis::TeamUpper, AsyeBasis::TeamMean};

bool expect_object(const Json* v, const std::string& path, std::vector<PolicyError>& errors) {
    if (v->is_object())
        return true;
    errors.push_back({path, "Expected an object ({...})."});
    return false;
}

void read_asye(const Json& j, AsyePolicy& a, std::vector<PolicyError>& errors) {
    ObjectReader r(j, "caseload.asye", errors);
    r.read_bool("enabled", a.enabled);
    if (const Json* m = r.get("milestones")) {
        if (!m->is_array()) {
            r.error("milestones", "Expected a list of {\"months\": ..., \"fraction\": ...}.");
        } else {
            a.milestones.clear();
            for (std::size_t i = 0; i < m->size(); ++i) {
                const std::string p = "caseload.asye.milestones[" + std::to_string(i) + "]";
                if (!expect_object(&(*m)[i], p, errors))
                    continue;
                ObjectReader mr((*m)[i], p, errors);
                AsyeMilestone ms;
                ms.months = -1.0; // both keys are required in a row
                ms.fraction = -1.0;
                if (!(*m)[i].contains("months"))
                    mr.error("months", "Each milestone needs \"months\".");
                if (!(*m)[i].contains("fraction"))
                    mr.error("fraction", "Each milestone needs \"fraction\".");
                mr.read_number("months", ms.months);
                mr.read_fraction("fraction", ms.fraction);
                mr.finish();
                a.milestones.push_back(ms);
            }
        }
    }
    r.read_enum("interpolation", a.interpolation, interpolation_name, "linear, step",
                k_interpolations, 2);
    r.read_enum("basis", a.basis, basis_name, "team-upper, team-mean", k_bases, 2);
    r.read_number("durationMonths", a.duration_months);
    r.finish();
}

void read_caseload(const Json& j, CaseloadPolicy& c, std::vector<PolicyError>& errors) {
    ObjectReader r(j, "caseload", errors);
    r.read_enum_list("roles", c.roles);
    r.read_enum_list("teamKinds", c.team_kinds);
    r.read_int("upper", c.upper);
    r.read_int("absolute", c.absolute);
    r.read_bool("countSecondary", c.count_secondary);
    r.read_bool("useTeamLimits", c.use_team_limits);
    r.read_bool("useTeamAbsolute", c.use_team_absolute);
    if (const Json* o = r.get("otherLimits")) {
        if (!o->is_array()) {
            r.error("otherLimits", "Expected a list of limits.");
        } else {
            c.other_limits.clear();
            for (std::size_t i = 0; i < o->size(); ++i) {
                const std::string p = "caseload.otherLimits[" + std::to_string(i) + "]";
                if (!expect_object(&(*o)[i], p, errors))
                    continue;
                ObjectReader lr((*o)[i], p, errors);
                OtherCaseloadLimit l;
                l.upper = -1;
                l.absolute = -1;
                if (!(*o)[i].contains("upper"))
                    lr.error("upper", "Each limit needs \"upper\".");
                if (!(*o)[i].contains("absolute"))
                    lr.error("absolute", "Each limit needs \"absolute\".");
                lr.read_enum_list("roles", l.roles);
                lr.read_enum_list("teamKinds", l.team_kinds);
                lr.read_int("upper", l.upper);
                lr.read_int("absolute", l.absolute);
                lr.finish();
                c.other_limits.push_back(l);
            }
        }
    }
    if (const Json* a = r.get("asye"))
        if (expect_object(a, "caseload.asye", errors))
            read_asye(*a, c.asye, errors);
    r.read_int("directorValidityDays", c.director_validity_days);
    r.read_int("historyMonths", c.history_months);
    r.finish();
}

void read_timescales(const Json& j, TimescalePolicy& t, std::vector<PolicyError>& errors) {
    ObjectReader r(j, "timescales", errors);
    r.read_int("noteWorkingDays", t.note_working_days);
    r.read_int("assessmentDays", t.assessment_days);
    r.read_int("supervisionRecordWorkingDays", t.supervision_record_working_days);
    r.read_int("upToDateDays", t.up_to_date_days);
    r.read_int("reviewAfterPlanMinWeeks", t.review_after_plan_min_weeks);
    r.read_int("reviewAfterPlanMaxWeeks", t.review_after_plan_max_weeks);
    r.read_int("reviewIntervalMonths", t.review_interval_months);
    r.read_int("trainingMonths", t.training_months);
    r.read_int("auditNoteWorkingDays", t.audit_note_working_days);
    r.read_int("correspondenceUploadWorkingDays", t.correspondence_upload_working_days);
    r.read_int("onTimeMetPercent", t.on_time_met_percent);
    r.read_int("onTimePartlyMetPercent", t.on_time_partly_met_percent);
    if (const Json* h = r.get("bankHolidays")) {
        if (!h->is_array()) {
            r.error("bankHolidays", "Expected a list of dates (\"YYYY-MM-DD\").");
        } else {
            t.bank_holidays.clear();
            for (std::size_t i = 0; i < h->size(); ++i) {
                const Json& item = (*h)[i];
                const std::optional<Date> d =
                    item.is_string() ? parse_date(item.get<std::string>()) : std::nullopt;
                if (!d)
                    errors.push_back({"timescales.bankHolidays[" + std::to_string(i) + "]",
                                      "Expected a date that exists, written YYYY-MM-DD."});
                else
                    t.bank_holidays.push_back(*d);
            }
        }
    }
    r.finish();
}

// A list of strings, such as audit.capacityPhrases: replaces the default list when given.
void read_phrase_list(ObjectReader& r, const std::string& key, std::vector<std::string>& out,
                      std::vector<PolicyError>& errors) {
    const Json* v = r.get(key);
    if (!v)
        return;
    if (!v->is_array()) {
        r.error(key, "Expected a list of words or phrases.");
        return;
    }
    std::vector<std::string> phrases;
    for (std::size_t i = 0; i < v->size(); ++i) {
        if ((*v)[i].is_string())
            phrases.push_back((*v)[i].get<std::string>());
        else
            errors.push_back({r.path_of(key) + "[" + std::to_string(i) + "]",
                              "Expected a word or phrase in quotes."});
    }
    out = std::move(phrases);
}

void read_audit(const Json& j, AuditPolicy& a, std::vector<PolicyError>& errors) {
    ObjectReader r(j, "audit", errors);
    if (const Json* b = r.get("bands")) {
        if (expect_object(b, "audit.bands", errors)) {
            ObjectReader br(*b, "audit.bands", errors);
            br.read_number("requiresImprovement", a.bands.requires_improvement);
            br.read_number("good", a.bands.good);
            br.read_number("outstanding", a.bands.outstanding);
            br.finish();
        }
    }
    if (const Json* s = r.get("sampling")) {
        if (expect_object(s, "audit.sampling", errors)) {
            ObjectReader sr(*s, "audit.sampling", errors);
            sr.read_int("size", a.sampling.size);
            sr.read_bool("excludeRecentlyAudited", a.sampling.exclude_recently_audited);
            sr.read_int("recentlyAuditedMonths", a.sampling.recently_audited_months);
            sr.read_bool("excludeClosed", a.sampling.exclude_closed);
            sr.read_bool("excludeInactive", a.sampling.exclude_inactive);
            sr.read_int("activityMonths", a.sampling.activity_months);
            sr.finish();
        }
    }
    if (const Json* f = r.get("supervisionFrequency")) {
        if (expect_object(f, "audit.supervisionFrequency", errors)) {
            ObjectReader fr(*f, "audit.supervisionFrequency", errors);
            fr.read_int("asyeDays", a.supervision_frequency.asye_days);
            fr.read_int("otherDays", a.supervision_frequency.other_days);
            fr.read_int("graceDays", a.supervision_frequency.grace_days);
            fr.finish();
        }
    }
    r.read_int("oversightDays", a.oversight_days);
    read_phrase_list(r, "capacityPhrases", a.capacity_phrases, errors);
    read_phrase_list(r, "safeguardingPhrases", a.safeguarding_phrases, errors);
    if (const Json* c = r.get("supervisionChecklist")) {
        if (!c->is_array()) {
            r.error("supervisionChecklist",
                    "Expected a list of {\"key\": ..., \"title\": ..., \"rule\": ...}.");
        } else {
            a.supervision_checklist.clear();
            for (std::size_t i = 0; i < c->size(); ++i) {
                const std::string p = "audit.supervisionChecklist[" + std::to_string(i) + "]";
                if (!expect_object(&(*c)[i], p, errors))
                    continue;
                ObjectReader ir((*c)[i], p, errors);
                ChecklistItem item;
                ir.read_string("key", item.key);
                ir.read_string("title", item.title);
                ir.read_string("rule", item.rule);
                ir.finish();
                a.supervision_checklist.push_back(std::move(item));
            }
        }
    }
    r.finish();
}

void read_reports(const Json& j, ReportPolicy& p, std::vector<PolicyError>& errors) {
    ObjectReader r(j, "reports", errors);
    r.read_int("auditsPerManagerPerMonth", p.audits_per_manager_per_month);
    r.read_int("minAuditsPerWorker", p.min_audits_per_worker);
    r.finish();
}

void read_training(const Json& j, TrainingPolicy& p, std::vector<PolicyError>& errors) {
    ObjectReader r(j, "training", errors);
    r.read_number("passAgreementPercent", p.pass_agreement_percent);
    r.read_number("passKappa", p.pass_kappa);
    r.finish();
}

} // namespace

PolicyLoadResult load_policy_json(std::string_view text) {
    PolicyLoadResult result;
    // Checked before it is parsed (encoding, nesting, duplicate keys, huge numbers, control
    // characters), and parsed without exceptions: no file can crash the program here.
    const std::optional<Json> parsed = parse_json_object_file(
        text, "policy file", "A policy file is a JSON object ({...}).", result.errors);
    if (!parsed)
        return result;
    const Json& root = *parsed;
    Policy p = default_policy();
    ObjectReader r(root, "", result.errors);
    // A file names itself: results show which policy produced them.
    if (!root.contains("name"))
        r.error("name", "The policy file needs a \"name\".");
    if (!root.contains("version"))
        r.error("version", "The policy file needs a \"version\".");
    int format = 1;
    r.read_int("policyFormat", format);
    if (format != 1)
        r.error("policyFormat", "This version of Case Audit reads policy format 1 only.");
    r.read_string("name", p.name);
    r.read_string("version", p.version);
    if (const Json* c = r.get("caseload"))
        if (expect_object(c, "caseload", result.errors))
            read_caseload(*c, p.caseload, result.errors);
    if (const Json* t = r.get("timescales"))
        if (expect_object(t, "timescales", result.errors))
            read_timescales(*t, p.timescales, result.errors);
    if (const Json* a = r.get("audit"))
        if (expect_object(a, "audit", result.errors))
            read_audit(*a, p.audit, result.errors);
    if (const Json* rp = r.get("reports"))
        if (expect_object(rp, "reports", result.errors))
            read_reports(*rp, p.reports, result.errors);
    if (const Json* tp = r.get("training"))
        if (expect_object(tp, "training", result.errors))
            read_training(*tp, p.training, result.errors);
    if (const Json* t = r.get("text")) {
        if (expect_object(t, "text", result.errors)) {
            p.text.council_terms_json = t->dump();
            // The terms are checked now, so a policy that loads never fails later in the
            // recording-quality assistant.
            text::WordLists check = text::default_word_lists();
            const std::string error = text::add_council_terms(check, p.text.council_terms_json);
            if (!error.empty())
                result.errors.push_back({"text", error});
        }
    }
    r.finish();
    if (result.errors.empty())
        result.errors = validate_policy(p);
    if (result.errors.empty())
        result.policy = std::move(p);
    return result;
}

PolicyLoadResult load_policy_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        PolicyLoadResult r;
        r.errors.push_back({"", "Cannot read the policy file " + path + "."});
        return r;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return load_policy_json(text.str());
}

// ---------------------------------------------------------------------------
// [SECTION] Writing JSON
// ---------------------------------------------------------------------------

namespace {

// 1/3 is written "1/3" rather than 0.3333333333333333: the file reads like the policy. Any
// other value is written as the shortest number that reads back to the same double.
// The "n/d" spelling of f, or "" when f is not exactly n/d with 2 <= d <= 100. Trying d in
// increasing order finds the reduced fraction (1/3 before 2/6).
// A tolerance other than 0 is for display only (an interpolated 0.49999999999999994 reads
// "1/2"); the file keeps exact values.
std::string fraction_text(double f, double tolerance = 0.0) {
    for (int d = 2; d <= 100; ++d) {
        const double n = std::round(f * d);
        if (n > 0.0 && n < d && std::fabs(n / d - f) <= tolerance)
            return std::to_string(static_cast<int>(n)) + "/" + std::to_string(d);
    }
    return "";
}

OrderedJson fraction_json(double f) {
    const std::string text = fraction_text(f);
    if (text.empty())
        return f;
    return text;
}

template <typename E>
OrderedJson enum_list_json(const std::vector<E>& values) {
    OrderedJson out = OrderedJson::array();
    for (E v : values)
        out.push_back(std::string(enum_name(v)));
    return out;
}

OrderedJson policy_json(const Policy& p) {
    const CaseloadPolicy& c = p.caseload;
    OrderedJson milestones = OrderedJson::array();
    for (const AsyeMilestone& m : c.asye.milestones)
        milestones.push_back({{"months", m.months}, {"fraction", fraction_json(m.fraction)}});
    OrderedJson others = OrderedJson::array();
    for (const OtherCaseloadLimit& o : c.other_limits)
        others.push_back({{"roles", enum_list_json(o.roles)},
                          {"teamKinds", enum_list_json(o.team_kinds)},
                          {"upper", o.upper},
                          {"absolute", o.absolute}});
    OrderedJson asye = {{"enabled", c.asye.enabled},
                        {"milestones", milestones},
                        {"interpolation", std::string(interpolation_name(c.asye.interpolation))},
                        {"basis", std::string(basis_name(c.asye.basis))},
                        {"durationMonths", c.asye.duration_months}};
    OrderedJson caseload = {{"roles", enum_list_json(c.roles)},
                            {"teamKinds", enum_list_json(c.team_kinds)},
                            {"upper", c.upper},
                            {"absolute", c.absolute},
                            {"countSecondary", c.count_secondary},
                            {"useTeamLimits", c.use_team_limits},
                            {"useTeamAbsolute", c.use_team_absolute},
                            {"otherLimits", others},
                            {"asye", asye},
                            {"directorValidityDays", c.director_validity_days},
                            {"historyMonths", c.history_months}};
    const TimescalePolicy& t = p.timescales;
    OrderedJson holidays = OrderedJson::array();
    for (Date d : t.bank_holidays)
        holidays.push_back(format_date(d));
    OrderedJson timescales = {
        {"noteWorkingDays", t.note_working_days},
        {"assessmentDays", t.assessment_days},
        {"supervisionRecordWorkingDays", t.supervision_record_working_days},
        {"upToDateDays", t.up_to_date_days},
        {"reviewAfterPlanMinWeeks", t.review_after_plan_min_weeks},
        {"reviewAfterPlanMaxWeeks", t.review_after_plan_max_weeks},
        {"reviewIntervalMonths", t.review_interval_months},
        {"trainingMonths", t.training_months},
        {"auditNoteWorkingDays", t.audit_note_working_days},
        {"correspondenceUploadWorkingDays", t.correspondence_upload_working_days},
        {"onTimeMetPercent", t.on_time_met_percent},
        {"onTimePartlyMetPercent", t.on_time_partly_met_percent},
        {"bankHolidays", holidays}};
    const AuditPolicy& a = p.audit;
    OrderedJson checklist = OrderedJson::array();
    for (const ChecklistItem& item : a.supervision_checklist)
        checklist.push_back({{"key", item.key}, {"title", item.title}, {"rule", item.rule}});
    OrderedJson audit = {{"bands",
                          {{"requiresImprovement", a.bands.requires_improvement},
                           {"good", a.bands.good},
                           {"outstanding", a.bands.outstanding}}},
                         {"sampling",
                          {{"size", a.sampling.size},
                           {"excludeRecentlyAudited", a.sampling.exclude_recently_audited},
                           {"recentlyAuditedMonths", a.sampling.recently_audited_months},
                           {"excludeClosed", a.sampling.exclude_closed},
                           {"excludeInactive", a.sampling.exclude_inactive},
                           {"activityMonths", a.sampling.activity_months}}},
                         {"supervisionFrequency",
                          {{"asyeDays", a.supervision_frequency.asye_days},
                           {"otherDays", a.supervision_frequency.other_days},
                           {"graceDays", a.supervision_frequency.grace_days}}},
                         {"oversightDays", a.oversight_days},
                         {"capacityPhrases", a.capacity_phrases},
                         {"safeguardingPhrases", a.safeguarding_phrases},
                         {"supervisionChecklist", checklist}};
    return {{"policyFormat", 1},
            {"name", p.name},
            {"version", p.version},
            {"caseload", caseload},
            {"timescales", timescales},
            {"audit", audit},
            {"text", OrderedJson::parse(p.text.council_terms_json)},
            {"reports",
             {{"auditsPerManagerPerMonth", p.reports.audits_per_manager_per_month},
              {"minAuditsPerWorker", p.reports.min_audits_per_worker}}},
            {"training",
             {{"passAgreementPercent", p.training.pass_agreement_percent},
              {"passKappa", p.training.pass_kappa}}}};
}

} // namespace

std::string save_policy_json(const Policy& policy) {
    return policy_json(policy).dump(2) + "\n";
}

// ---------------------------------------------------------------------------
// [SECTION] Fingerprint
// ---------------------------------------------------------------------------

std::string policy_fingerprint(const Policy& policy) {
    // Json (not OrderedJson) keeps object keys sorted: the canonical form.
    const Json canonical = Json::parse(policy_json(policy).dump());
    const std::string text = canonical.dump();
    std::uint64_t h = 0xcbf29ce484222325ull; // FNV-1a 64 offset basis
    for (char ch : text) {
        h ^= static_cast<unsigned char>(ch);
        h *= 0x100000001b3ull; // FNV-1a 64 prime
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

PolicyIdentity policy_identity(const Policy& policy) {
    return {policy.name, policy.version, policy_fingerprint(policy)};
}

std::string format_fraction(double fraction) {
    const std::string text = fraction_text(fraction, 1e-9);
    if (!text.empty())
        return text;
    // Four decimals are plenty to read; the rules keep the exact value.
    return OrderedJson(std::round(fraction * 10000.0) / 10000.0).dump();
}

std::string format_policy_errors(const std::vector<PolicyError>& errors) {
    std::string out;
    for (const PolicyError& e : errors)
        out += (e.path.empty() ? std::string("(file)") : e.path) + ": " + e.message + "\n";
    return out;
}

} // namespace ca

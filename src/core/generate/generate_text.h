// Case Audit - invented names and recording text for the synthetic data generator.
//
// Everything here is made up for the fictional London Borough of Eastmere: names are drawn
// from our own lists of common first names and surnames of several backgrounds and combined
// at random, so no generated name describes a real person; places, services and agencies
// are invented. Notes are built from sentence templates with slots, in two registers:
//   good recording - the person's own words quoted, strengths, facts attributed to a named
//                    source, professional opinion labelled as such, reasons for decisions,
//                    plain English;
//   poor recording - jargon ("service user", "package", "NFA", "presenting", "non-compliant"),
//                    acronyms never spelt out, unlabelled judgements, spelling mistakes,
//                    capitals, "suffers from", "wheelchair-bound", very long or near-empty
//                    entries.
// so that the text checks have both to find.
//
// Template slots are one character in braces (one switch, so filling stays fast at
// 500 MB): {p} first name, {P} full name, {h}/{H} he or she, {s}/{S} his or her, {m} him or
// her, {c} carer's first name, {r} carer's relationship, {b} a pastime, {t} a daily task,
// {q} a quotation, {a} a wish, {g} GP surgery, {d} event date, {n} a date 1-4 weeks later,
// {w} worker's first name, {y} care agency, {v} a local service, {o} an opinion, {e} a
// reason, {k} a decision, {x} an action, {j} an evaluative adjective, {z} a condition,
// {u} a surname, {R} a room.
//
// Index of this file:
// [SECTION] Names and people
// [SECTION] Text context
// [SECTION] Record text
#pragma once

#include "core/calendar/date.h"
#include "core/random/random.h"

#include <string>
#include <string_view>

namespace ca::gen {

// ---------------------------------------------------------------------------
// [SECTION] Names and people
// ---------------------------------------------------------------------------

enum class Sex { Female, Male, Unstated };

// A name of one of the name backgrounds; `ethnicity` is a CLD value plausible for it.
struct InventedName {
    std::string first;
    std::string surname;
    const char* ethnicity;
};
InventedName invent_name(Random& r, Sex sex);
const char* invent_first_name(Random& r, Sex sex);
const char* invent_surname(Random& r);

// ---------------------------------------------------------------------------
// [SECTION] Text context
// ---------------------------------------------------------------------------

// The facts a case's text refers to, fixed for the case so that its notes agree.
struct TextContext {
    std::string first;     // person's first name
    std::string full;      // person's full name
    Sex sex = Sex::Female; // pronouns; Unstated uses the first name instead
    std::string carer;     // carer's first name
    const char* relationship = "daughter";
    const char* pastime = "";
    const char* task = "";
    const char* gp = "";
    const char* agency = "";
    const char* condition = "";
    std::string worker; // the author's first name
    Date event;         // the date the note is about
};

// Picks the case's fixed facts: carer and relationship, pastime, task, GP surgery, care
// agency and a condition.
void choose_case_facts(TextContext& c, Random& r);

// Appends `tpl` with its slots filled.
void fill(std::string& out, std::string_view tpl, const TextContext& c, Random& r);

// ---------------------------------------------------------------------------
// [SECTION] Record text
// ---------------------------------------------------------------------------

enum class NoteKind { Visit, Phone, Correspondence };

// How a poorly recorded note goes wrong.
enum class PoorStyle { Jargon, NearEmpty, Capitals, Long, Misspelt };

// A visit, phone or correspondence note; `title` receives a subject line.
void good_note(std::string& out, std::string& title, NoteKind kind, const TextContext& c,
               Random& r);
void poor_note(std::string& out, std::string& title, NoteKind kind, PoorStyle style,
               const TextContext& c, Random& r);
PoorStyle pick_poor_style(Random& r);

void supervision_case_note(std::string& out, const TextContext& c, Random& r);
void manager_decision_note(std::string& out, const TextContext& c, Random& r, bool closing);
void audit_case_note(std::string& out, const TextContext& c, Random& r, const char* grade);
void allocation_note(std::string& out, const TextContext& c, Random& r);

// Assessment sections (kind is the format's section kind), plans, reviews and the rest.
void section_text(std::string& out, std::string_view kind, bool good, const TextContext& c,
                  Random& r);
void plan_text(std::string& out, bool good, const TextContext& c, Random& r);
void review_text(std::string& out, bool good, const TextContext& c, Random& r);
void safeguarding_text(std::string& out, bool enquiry, const TextContext& c, Random& r);
const char* capacity_decision(Random& r);
void capacity_text(std::string& out, const char* outcome, const TextContext& c, Random& r);
const char* document_title(Random& r, std::string_view kind);
const char* service_type(Random& r, bool hospital);
const char* request_outcome(Random& r);

// Supervision records and Director discussions.
void supervision_text(std::string& out, bool asye, Random& r);
void supervision_decision(std::string& out, const TextContext& c, Random& r);
void supervision_action(std::string& out, const TextContext& c, Random& r);
const char* audit_summary(Random& r, const char* grade);

} // namespace ca::gen

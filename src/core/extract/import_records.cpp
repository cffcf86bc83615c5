// Case Audit - the extract importer's record readers: one function per record kind, each a
// table of its fields (see import_internal.h for the parts and import.h for the design).
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Metadata and the top-level records
// [SECTION] Records inside a case
// [SECTION] Supervision, Director discussions, audits
// [SECTION] One record: dispatch and syntax errors
#include "core/extract/import_internal.h"

#include <cstdio>
#include <string>

namespace ca {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

// What a record's syntax fault means, in words for a data officer. Only used when the
// precise place of the fault could not be found (locate_json_syntax_error).
std::string_view json_fault_sentence(JsonFault f) {
    switch (f) {
    case JsonFault::None:
    case JsonFault::Structure:
        return "its brackets, commas, colons or quotes do not fit together";
    case JsonFault::Escape:
        return "a text value has a backslash that does not start a JSON escape";
    case JsonFault::Text:
        return "a text value contains a control character (such as a line break or tab) that "
               "must be written as an escape (\\n, \\t), or is not valid UTF-8";
    case JsonFault::Number:
        return "a number is not written the way JSON writes numbers";
    case JsonFault::Literal:
        return "a word is not one of the JSON values true, false and null";
    case JsonFault::Unclosed:
        return "a text value is not closed by a quote";
    }
    return "its brackets, commas, colons or quotes do not fit together";
}

} // namespace

using namespace import_detail;

bool ExtractImporter::Impl::read_given(JsonCursor& v, std::optional<GivenToPerson>& out) {
    static const FieldSpec<GivenToPerson> specs[] = {
        {"date", true,
         [](Impl& i, JsonCursor& fv, GivenToPerson& g) { return i.read_date(fv, g.date); }},
        {"method", true,
         [](Impl& i, JsonCursor& fv, GivenToPerson& g) { return i.read_enum(fv, g.method); }},
    };
    bool is_null = false;
    if (!null_check(v, is_null))
        return false;
    if (is_null)
        return true;
    GivenToPerson g;
    bool clean = false;
    if (!read_record(v, g, specs, clean))
        return false;
    if (clean)
        out = g;
    return true;
}

bool ExtractImporter::Impl::read_metadata(JsonCursor& v) {
    static const FieldSpec<Impl> specs[] = {
        {"format", true,
         [](Impl& i, JsonCursor& fv, Impl&) {
             std::string f;
             if (!i.read_owned_string(fv, f))
                 return false;
             if (f != "case-audit-extract") {
                 i.format_mismatch = true;
                 i.at_path(Severity::Error, "format",
                           "This is not a Case Audit case extract: metadata.format should "
                           "be \"case-audit-extract\" but is " +
                               quote_value(f) + ".");
             }
             return true;
         }},
        {"formatVersion", true,
         [](Impl& i, JsonCursor& fv, Impl&) {
             int version = 0;
             const std::size_t errors_before = i.counts[0];
             if (!i.read_int(fv, version, 0, 1000000))
                 return false;
             i.x->metadata.format_version = version;
             if (i.counts[0] != errors_before) {
                 i.format_mismatch = true; // reported as a wrong type already
             } else if (version != 1) {
                 i.format_mismatch = true;
                 i.at_path(Severity::Error, "format",
                           "This extract is in format version " + std::to_string(version) +
                               "; this version of Case Audit reads format version 1.");
             }
             return true;
         }},
        {"extractedAt", true,
         [](Impl& i, JsonCursor& fv, Impl&) {
             return i.read_date_time(fv, i.x->metadata.extracted_at);
         }},
        {"asAt", true,
         [](Impl& i, JsonCursor& fv, Impl&) { return i.read_date(fv, i.x->metadata.as_at); }},
        {"organisation", true,
         [](Impl& i, JsonCursor& fv, Impl&) {
             static const FieldSpec<Metadata> org[] = {
                 {"name", true,
                  [](Impl& j, JsonCursor& ov, Metadata& m) {
                      return j.read_owned_string(ov, m.organisation_name);
                  }},
                 {"code", false,
                  [](Impl& j, JsonCursor& ov, Metadata& m) {
                      return j.read_owned_string(ov, m.organisation_code);
                  }},
             };
             bool clean = false;
             return i.read_record(fv, i.x->metadata, org, clean);
         }},
        {"sourceSystem", false,
         [](Impl& i, JsonCursor& fv, Impl&) {
             return i.read_owned_string(fv, i.x->metadata.source_system);
         }},
    };
    bool clean = false;
    if (!read_record(v, *this, specs, clean))
        return false;
    if (format_mismatch)
        fatal = true; // not this format: the rest would only produce noise
    return true;
}

bool ExtractImporter::Impl::read_team(JsonCursor& v) {
    static const FieldSpec<CaseloadLimits> limit_specs[] = {
        {"upper", true,
         [](Impl& i, JsonCursor& fv, CaseloadLimits& l) {
             return i.read_int(fv, l.upper, 0, 1000);
         }},
        {"absolute", true,
         [](Impl& i, JsonCursor& fv, CaseloadLimits& l) {
             return i.read_int(fv, l.absolute, 0, 1000);
         }},
    };
    static const FieldSpec<Team> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Team& t) { return i.read_id(fv, t.id); }},
        {"name", true, [](Impl& i, JsonCursor& fv, Team& t) { return i.read_text(fv, t.name); }},
        {"kind", true, [](Impl& i, JsonCursor& fv, Team& t) { return i.read_enum(fv, t.kind); }},
        {"caseloadLimits", false,
         [](Impl& i, JsonCursor& fv, Team& t) {
             bool is_null = false;
             if (!i.null_check(fv, is_null))
                 return false;
             if (is_null)
                 return true;
             CaseloadLimits lim;
             bool clean = false;
             if (!i.read_record(fv, lim, limit_specs, clean))
                 return false;
             if (!clean)
                 return true;
             t.caseload_limits = lim;
             if (lim.upper > lim.absolute)
                 i.at_path(Severity::Warning, "inconsistent",
                           "The upper caseload limit (" + std::to_string(lim.upper) +
                               ") is above the absolute limit (" + std::to_string(lim.absolute) +
                               ").");
             return true;
         }},
    };
    Team t;
    RecordScope rs(*this, &t.id);
    bool clean = false;
    if (!read_record(v, t, specs, clean))
        return false;
    x->teams.push_back(t);
    return true;
}

bool ExtractImporter::Impl::read_worker(JsonCursor& v) {
    static const FieldSpec<Training> training_specs[] = {
        {"course", true,
         [](Impl& i, JsonCursor& fv, Training& t) { return i.read_enum(fv, t.course); }},
        {"completedDate", true,
         [](Impl& i, JsonCursor& fv, Training& t) { return i.read_date(fv, t.completed); }},
    };
    static const FieldSpec<Worker> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_id(fv, w.id); }},
        {"name", true, [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_text(fv, w.name); }},
        {"teamId", true, [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_ref(fv, w.team); }},
        {"role", true, [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_enum(fv, w.role); }},
        {"qualified", true,
         [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_bool(fv, w.qualified); }},
        {"startDate", true,
         [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_date(fv, w.start); }},
        {"endDate", false,
         [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_opt_date(fv, w.end); }},
        {"fte", false,
         [](Impl& i, JsonCursor& fv, Worker& w) {
             double d = 0;
             bool got = false;
             const std::string expected = "a full-time equivalent above 0 and at most 1";
             if (!i.read_number(fv, d, got, false, 0.0, 1.0, expected))
                 return false;
             if (got && d <= 0.0)
                 i.at_path(Severity::Error, "wrong-type",
                           "Expected " + expected + ", but found 0.");
             else if (got)
                 w.fte = static_cast<float>(d);
             return true;
         }},
        {"asyeStartDate", false,
         [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_opt_date(fv, w.asye_start); }},
        {"asyeCompletedDate", false,
         [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_opt_date(fv, w.asye_completed); }},
        {"lineManagerId", false,
         [](Impl& i, JsonCursor& fv, Worker& w) { return i.read_ref(fv, w.line_manager, true); }},
        {"training", false,
         [](Impl& i, JsonCursor& fv, Worker& w) {
             return i.read_into(fv, w.training, i.x->training.size(), [&](JsonCursor& tv) {
                 Training tr;
                 tr.worker = size32(i.x->workers.size()); // the worker being read
                 bool clean = false;
                 if (!i.read_record(tv, tr, training_specs, clean))
                     return false;
                 i.x->training.push_back(tr);
                 return true;
             });
         }},
    };
    Worker w;
    RecordScope rs(*this, &w.id);
    w.training.begin = size32(x->training.size());
    bool clean = false;
    if (!read_record(v, w, specs, clean))
        return false;
    w.training.count = size32(x->training.size()) - w.training.begin;
    if (clean && w.end && *w.end < w.start) {
        Scope s(*this, "endDate");
        date_order("The end date is before the worker's start date.");
    }
    if (clean && w.asye_start && w.asye_completed && *w.asye_completed < *w.asye_start) {
        Scope s(*this, "asyeCompletedDate");
        date_order("The ASYE completion date is before the ASYE start date.");
    }
    x->workers.push_back(w);
    return true;
}

bool ExtractImporter::Impl::read_person(JsonCursor& v) {
    static const FieldSpec<Person> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Person& p) { return i.read_id(fv, p.id); }},
        {"name", true, [](Impl& i, JsonCursor& fv, Person& p) { return i.read_text(fv, p.name); }},
        {"dateOfBirth", true,
         [](Impl& i, JsonCursor& fv, Person& p) { return i.read_date(fv, p.date_of_birth); }},
        {"gender", false,
         [](Impl& i, JsonCursor& fv, Person& p) { return i.read_enum(fv, p.gender, true); }},
        {"ethnicity", false,
         [](Impl& i, JsonCursor& fv, Person& p) { return i.read_enum(fv, p.ethnicity, true); }},
        {"primarySupportReason", false,
         [](Impl& i, JsonCursor& fv, Person& p) {
             return i.read_enum(fv, p.primary_support_reason, true);
         }},
    };
    Person p;
    RecordScope rs(*this, &p.id);
    bool clean = false;
    if (!read_record(v, p, specs, clean))
        return false;
    x->people.push_back(p);
    return true;
}

bool ExtractImporter::Impl::read_allocation(JsonCursor& v, Index case_index) {
    static const FieldSpec<Allocation> specs[] = {
        {"workerId", true,
         [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_ref(fv, a.worker); }},
        {"from", true,
         [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_date(fv, a.from); }},
        {"to", false,
         [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_opt_date(fv, a.to); }},
        {"role", true,
         [](Impl& i, JsonCursor& fv, Allocation& a) { return i.read_enum(fv, a.role); }},
    };
    Allocation a;
    a.case_index = case_index;
    bool clean = false;
    if (!read_record(v, a, specs, clean))
        return false;
    if (clean && a.to && *a.to < a.from) {
        Scope s(*this, "to");
        date_order("The allocation ends before it starts.");
    }
    x->allocations.push_back(a);
    return true;
}

bool ExtractImporter::Impl::read_request(JsonCursor& v, Index case_index) {
    static const FieldSpec<Request> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Request& r) { return i.read_id(fv, r.id); }},
        {"receivedDate", true,
         [](Impl& i, JsonCursor& fv, Request& r) { return i.read_date(fv, r.received); }},
        {"routeOfAccess", false,
         [](Impl& i, JsonCursor& fv, Request& r) { return i.read_enum(fv, r.route_of_access); }},
        {"outcome", false,
         [](Impl& i, JsonCursor& fv, Request& r) { return i.read_text(fv, r.outcome); }},
    };
    Request r;
    r.case_index = case_index;
    RecordScope rs(*this, &r.id);
    bool clean = false;
    if (!read_record(v, r, specs, clean))
        return false;
    x->requests.push_back(r);
    return true;
}

bool ExtractImporter::Impl::read_note(JsonCursor& v, Index case_index) {
    static const FieldSpec<Note> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Note& n) { return i.read_id(fv, n.id); }},
        {"authorId", true,
         [](Impl& i, JsonCursor& fv, Note& n) { return i.read_ref(fv, n.author); }},
        {"type", true, [](Impl& i, JsonCursor& fv, Note& n) { return i.read_enum(fv, n.type); }},
        {"eventDate", true,
         [](Impl& i, JsonCursor& fv, Note& n) { return i.read_date(fv, n.event_date); }},
        {"recordedAt", true,
         [](Impl& i, JsonCursor& fv, Note& n) { return i.read_date_time(fv, n.recorded_at); }},
        {"title", false, [](Impl& i, JsonCursor& fv, Note& n) { return i.read_text(fv, n.title); }},
        {"text", true, [](Impl& i, JsonCursor& fv, Note& n) { return i.read_text(fv, n.text); }},
    };
    Note n;
    n.case_index = case_index;
    RecordScope rs(*this, &n.id);
    bool clean = false;
    unsigned seen = 0;
    if (!read_record(v, n, specs, clean, &seen))
        return false;
    if (clean && n.recorded_at.date < n.event_date) {
        Scope s(*this, "recordedAt");
        date_order("The note was recorded (" + format_date_time(n.recorded_at) +
                   ") before the event it records (" + format_date(n.event_date) + ").");
    }
    if (clean && n.text.empty()) {
        Scope s(*this, "text");
        at_path(Severity::Warning, "inconsistent", "The case note has no text.");
    }
    x->notes.push_back(n);
    return true;
}

bool ExtractImporter::Impl::read_assessment(JsonCursor& v, Index case_index) {
    static const FieldSpec<AssessmentSection> section_specs[] = {
        {"kind", true,
         [](Impl& i, JsonCursor& fv, AssessmentSection& s) { return i.read_enum(fv, s.kind); }},
        {"completed", true,
         [](Impl& i, JsonCursor& fv, AssessmentSection& s) {
             return i.read_bool(fv, s.completed);
         }},
        {"completedDate", false,
         [](Impl& i, JsonCursor& fv, AssessmentSection& s) {
             return i.read_opt_date(fv, s.completed_date);
         }},
        {"text", false,
         [](Impl& i, JsonCursor& fv, AssessmentSection& s) { return i.read_text(fv, s.text); }},
    };
    static const FieldSpec<Assessment> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_id(fv, a.id); }},
        {"kind", true,
         [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_enum(fv, a.kind); }},
        {"authorId", true,
         [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_ref(fv, a.author); }},
        {"startDate", true,
         [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_date(fv, a.start); }},
        {"completedDate", false,
         [](Impl& i, JsonCursor& fv, Assessment& a) { return i.read_opt_date(fv, a.completed); }},
        {"sections", false,
         [](Impl& i, JsonCursor& fv, Assessment&) {
             const Index self = size32(i.x->assessments.size());
             return i.read_array(fv, [&](JsonCursor& sv) {
                 AssessmentSection sec;
                 sec.assessment = self;
                 bool clean = false;
                 if (!i.read_record(sv, sec, section_specs, clean))
                     return false;
                 i.x->sections.push_back(sec);
                 return true;
             });
         }},
        {"givenToPerson", false,
         [](Impl& i, JsonCursor& fv, Assessment& a) {
             return i.read_given(fv, a.given_to_person);
         }},
    };
    Assessment a;
    a.case_index = case_index;
    RecordScope rs(*this, &a.id);
    a.sections.begin = size32(x->sections.size());
    bool clean = false;
    if (!read_record(v, a, specs, clean))
        return false;
    a.sections.count = size32(x->sections.size()) - a.sections.begin;
    if (clean && a.completed && *a.completed < a.start) {
        Scope s(*this, "completedDate");
        date_order("The assessment was completed before it started.");
    }
    x->assessments.push_back(a);
    return true;
}

bool ExtractImporter::Impl::read_plan(JsonCursor& v, Index case_index) {
    static const FieldSpec<Plan> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_id(fv, p.id); }},
        {"authorId", true,
         [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_ref(fv, p.author); }},
        {"startDate", true,
         [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_date(fv, p.start); }},
        {"completedDate", false,
         [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_opt_date(fv, p.completed); }},
        {"reviewDueDate", false,
         [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_opt_date(fv, p.review_due); }},
        {"text", false, [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_text(fv, p.text); }},
        {"givenToPerson", false,
         [](Impl& i, JsonCursor& fv, Plan& p) { return i.read_given(fv, p.given_to_person); }},
    };
    Plan p;
    p.case_index = case_index;
    RecordScope rs(*this, &p.id);
    bool clean = false;
    if (!read_record(v, p, specs, clean))
        return false;
    if (clean && p.completed && *p.completed < p.start) {
        Scope s(*this, "completedDate");
        date_order("The plan was completed before it started.");
    }
    x->plans.push_back(p);
    return true;
}

bool ExtractImporter::Impl::read_service(JsonCursor& v, Index case_index) {
    static const FieldSpec<Service> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Service& s) { return i.read_id(fv, s.id); }},
        {"serviceType", true,
         [](Impl& i, JsonCursor& fv, Service& s) { return i.read_text(fv, s.service_type); }},
        {"startDate", true,
         [](Impl& i, JsonCursor& fv, Service& s) { return i.read_date(fv, s.start); }},
        {"endDate", false,
         [](Impl& i, JsonCursor& fv, Service& s) { return i.read_opt_date(fv, s.end); }},
    };
    Service sv;
    sv.case_index = case_index;
    RecordScope rs(*this, &sv.id);
    bool clean = false;
    if (!read_record(v, sv, specs, clean))
        return false;
    if (clean && sv.end && *sv.end < sv.start) {
        Scope s(*this, "endDate");
        date_order("The service ends before it starts.");
    }
    x->services.push_back(sv);
    return true;
}

bool ExtractImporter::Impl::read_review(JsonCursor& v, Index case_index) {
    static const FieldSpec<Review> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Review& r) { return i.read_id(fv, r.id); }},
        {"authorId", true,
         [](Impl& i, JsonCursor& fv, Review& r) { return i.read_ref(fv, r.author); }},
        {"reason", true,
         [](Impl& i, JsonCursor& fv, Review& r) { return i.read_enum(fv, r.reason); }},
        {"method", false,
         [](Impl& i, JsonCursor& fv, Review& r) { return i.read_enum(fv, r.method); }},
        {"dueDate", false,
         [](Impl& i, JsonCursor& fv, Review& r) { return i.read_opt_date(fv, r.due); }},
        {"completedDate", false,
         [](Impl& i, JsonCursor& fv, Review& r) { return i.read_opt_date(fv, r.completed); }},
        {"text", false, [](Impl& i, JsonCursor& fv, Review& r) { return i.read_text(fv, r.text); }},
        {"givenToPerson", false,
         [](Impl& i, JsonCursor& fv, Review& r) { return i.read_given(fv, r.given_to_person); }},
    };
    Review r;
    r.case_index = case_index;
    RecordScope rs(*this, &r.id);
    bool clean = false;
    if (!read_record(v, r, specs, clean))
        return false;
    x->reviews.push_back(r);
    return true;
}

bool ExtractImporter::Impl::read_safeguarding(JsonCursor& v, Index case_index) {
    static const FieldSpec<Safeguarding> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_id(fv, s.id); }},
        {"kind", true,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_enum(fv, s.kind); }},
        {"raisedDate", true,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_date(fv, s.raised); }},
        {"decisionDate", false,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_opt_date(fv, s.decision); }},
        {"closedDate", false,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_opt_date(fv, s.closed); }},
        {"leadId", false,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_ref(fv, s.lead, true); }},
        {"outcome", false,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_enum(fv, s.outcome); }},
        {"text", false,
         [](Impl& i, JsonCursor& fv, Safeguarding& s) { return i.read_text(fv, s.text); }},
    };
    Safeguarding sg;
    sg.case_index = case_index;
    RecordScope rs(*this, &sg.id);
    bool clean = false;
    if (!read_record(v, sg, specs, clean))
        return false;
    if (clean && sg.decision && *sg.decision < sg.raised) {
        Scope s(*this, "decisionDate");
        date_order("The decision is dated before the concern was raised.");
    }
    if (clean && sg.closed && *sg.closed < sg.raised) {
        Scope s(*this, "closedDate");
        date_order("It was closed before it was raised.");
    }
    x->safeguarding.push_back(sg);
    return true;
}

bool ExtractImporter::Impl::read_capacity(JsonCursor& v, Index case_index) {
    static const FieldSpec<CapacityAssessment> specs[] = {
        {"id", true,
         [](Impl& i, JsonCursor& fv, CapacityAssessment& c) { return i.read_id(fv, c.id); }},
        {"authorId", true,
         [](Impl& i, JsonCursor& fv, CapacityAssessment& c) { return i.read_ref(fv, c.author); }},
        {"date", true,
         [](Impl& i, JsonCursor& fv, CapacityAssessment& c) { return i.read_date(fv, c.date); }},
        {"decision", true,
         [](Impl& i, JsonCursor& fv, CapacityAssessment& c) {
             return i.read_text(fv, c.decision);
         }},
        {"outcome", true,
         [](Impl& i, JsonCursor& fv, CapacityAssessment& c) { return i.read_enum(fv, c.outcome); }},
        {"text", false,
         [](Impl& i, JsonCursor& fv, CapacityAssessment& c) { return i.read_text(fv, c.text); }},
    };
    CapacityAssessment c;
    c.case_index = case_index;
    RecordScope rs(*this, &c.id);
    bool clean = false;
    if (!read_record(v, c, specs, clean))
        return false;
    x->capacity_assessments.push_back(c);
    return true;
}

bool ExtractImporter::Impl::read_document(JsonCursor& v, Index case_index) {
    static const FieldSpec<Document> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Document& d) { return i.read_id(fv, d.id); }},
        {"kind", true,
         [](Impl& i, JsonCursor& fv, Document& d) { return i.read_enum(fv, d.kind); }},
        {"fileFormat", true,
         [](Impl& i, JsonCursor& fv, Document& d) { return i.read_enum(fv, d.file_format); }},
        {"indexed", true,
         [](Impl& i, JsonCursor& fv, Document& d) { return i.read_bool(fv, d.indexed); }},
        {"receivedDate", false,
         [](Impl& i, JsonCursor& fv, Document& d) { return i.read_opt_date(fv, d.received); }},
        {"uploadedDate", true,
         [](Impl& i, JsonCursor& fv, Document& d) { return i.read_date(fv, d.uploaded); }},
        {"title", false,
         [](Impl& i, JsonCursor& fv, Document& d) { return i.read_text(fv, d.title); }},
    };
    Document d;
    d.case_index = case_index;
    RecordScope rs(*this, &d.id);
    bool clean = false;
    if (!read_record(v, d, specs, clean))
        return false;
    if (clean && d.received && d.uploaded < *d.received) {
        Scope s(*this, "uploadedDate");
        at_path(Severity::Warning, "inconsistent",
                "The document was uploaded (" + format_date(d.uploaded) +
                    ") before it was received (" + format_date(*d.received) + ").");
    }
    x->documents.push_back(d);
    return true;
}

// A case and everything in it. Nested records go to the flat vectors; the case's Ranges
// are closed once its object ends (all of them start where the vectors end now).
bool ExtractImporter::Impl::read_case(JsonCursor& v) {
    static const FieldSpec<Case> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Case& c) { return i.read_id(fv, c.id); }},
        {"personId", true,
         [](Impl& i, JsonCursor& fv, Case& c) { return i.read_ref(fv, c.person); }},
        {"status", true,
         [](Impl& i, JsonCursor& fv, Case& c) { return i.read_enum(fv, c.status); }},
        {"openedDate", true,
         [](Impl& i, JsonCursor& fv, Case& c) { return i.read_date(fv, c.opened); }},
        {"allocations", true,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_allocation); }},
        {"teamId", false,
         [](Impl& i, JsonCursor& fv, Case& c) { return i.read_ref(fv, c.team, true); }},
        {"closedDate", false,
         [](Impl& i, JsonCursor& fv, Case& c) { return i.read_opt_date(fv, c.closed); }},
        {"requests", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_request); }},
        {"notes", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_note); }},
        {"assessments", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_assessment); }},
        {"plans", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_plan); }},
        {"services", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_service); }},
        {"reviews", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_review); }},
        {"safeguarding", false,
         [](Impl& i, JsonCursor& fv, Case&) {
             return i.read_nested(fv, &Impl::read_safeguarding);
         }},
        {"capacityAssessments", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_capacity); }},
        {"documents", false,
         [](Impl& i, JsonCursor& fv, Case&) { return i.read_nested(fv, &Impl::read_document); }},
    };
    Case c;
    RecordScope rs(*this, &c.id);
    Extract& e = *x;
    // (Range member, vector size) pairs, opened now and closed after the object.
    const std::pair<Range Case::*, std::size_t> ranges[] = {
        {&Case::allocations, e.allocations.size()},
        {&Case::requests, e.requests.size()},
        {&Case::notes, e.notes.size()},
        {&Case::assessments, e.assessments.size()},
        {&Case::plans, e.plans.size()},
        {&Case::services, e.services.size()},
        {&Case::reviews, e.reviews.size()},
        {&Case::safeguarding, e.safeguarding.size()},
        {&Case::capacity_assessments, e.capacity_assessments.size()},
        {&Case::documents, e.documents.size()},
    };
    bool clean = false;
    unsigned seen = 0;
    if (!read_record(v, c, specs, clean, &seen))
        return false;
    const std::size_t sizes_now[] = {
        e.allocations.size(), e.requests.size(),     e.notes.size(),
        e.assessments.size(), e.plans.size(),        e.services.size(),
        e.reviews.size(),     e.safeguarding.size(), e.capacity_assessments.size(),
        e.documents.size()};
    for (std::size_t k = 0; k < 10; ++k) {
        Range& r = c.*(ranges[k].first);
        r.begin = size32(ranges[k].second);
        r.count = size32(sizes_now[k] - ranges[k].second);
    }
    if (clean && c.closed && *c.closed < c.opened) {
        Scope s(*this, "closedDate");
        date_order("The case was closed before it was opened.");
    }
    if (clean && c.status == CaseStatus::Closed && !c.closed) {
        Scope s(*this, "closedDate");
        at_path(Severity::Warning, "inconsistent", "The case is closed but has no closed date.");
    }
    if (clean && c.status == CaseStatus::Open && c.closed) {
        Scope s(*this, "closedDate");
        at_path(Severity::Warning, "inconsistent", "The case is open but has a closed date.");
    }
    e.cases.push_back(c);
    return true;
}

// The elements of one of a case's arrays, each read by `reader` with the case's index
// (the case is pushed after its object, so its index is the current number of cases).
bool ExtractImporter::Impl::read_nested(JsonCursor& v, bool (Impl::*reader)(JsonCursor&, Index)) {
    const Index self = size32(x->cases.size());
    return read_array(v, [&](JsonCursor& e) { return (this->*reader)(e, self); });
}

bool ExtractImporter::Impl::read_supervision(JsonCursor& v) {
    static const FieldSpec<SupervisionItem> decision_specs[] = {
        {"text", true,
         [](Impl& i, JsonCursor& fv, SupervisionItem& s) { return i.read_text(fv, s.text); }},
        {"caseId", false,
         [](Impl& i, JsonCursor& fv, SupervisionItem& s) {
             return i.read_ref(fv, s.case_index, true);
         }},
    };
    static const FieldSpec<SupervisionItem> action_specs[] = {
        {"text", true,
         [](Impl& i, JsonCursor& fv, SupervisionItem& s) { return i.read_text(fv, s.text); }},
        {"caseId", false,
         [](Impl& i, JsonCursor& fv, SupervisionItem& s) {
             return i.read_ref(fv, s.case_index, true);
         }},
        {"ownerId", false,
         [](Impl& i, JsonCursor& fv, SupervisionItem& s) { return i.read_ref(fv, s.owner, true); }},
        {"dueDate", false,
         [](Impl& i, JsonCursor& fv, SupervisionItem& s) { return i.read_opt_date(fv, s.due); }},
    };
    static const FieldSpec<Supervision> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_id(fv, s.id); }},
        {"superviseeId", true,
         [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_ref(fv, s.supervisee); }},
        {"supervisorId", true,
         [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_ref(fv, s.supervisor); }},
        {"heldDate", true,
         [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_date(fv, s.held); }},
        {"recordedAt", true,
         [](Impl& i, JsonCursor& fv, Supervision& s) {
             return i.read_date_time(fv, s.recorded_at);
         }},
        {"casesDiscussed", false,
         [](Impl& i, JsonCursor& fv, Supervision&) {
             return i.read_array(fv, [&](JsonCursor& e) {
                 Index ref = k_no_index;
                 if (!i.read_ref(e, ref))
                     return false;
                 i.x->supervision_cases.push_back(ref);
                 return true;
             });
         }},
        {"decisions", false,
         [](Impl& i, JsonCursor& fv, Supervision&) {
             return i.read_items(fv, decision_specs, i.x->supervision_items);
         }},
        {"actions", false,
         [](Impl& i, JsonCursor& fv, Supervision&) {
             return i.read_items(fv, action_specs, i.pending_actions);
         }},
        {"text", false,
         [](Impl& i, JsonCursor& fv, Supervision& s) { return i.read_text(fv, s.text); }},
    };
    Supervision sp;
    RecordScope rs(*this, &sp.id);
    Extract& e = *x;
    // Actions are held apart while reading so that decisions stay contiguous whatever
    // the order of the two arrays in the object.
    pending_actions.clear();
    sp.cases_discussed.begin = size32(e.supervision_cases.size());
    sp.decisions.begin = size32(e.supervision_items.size());
    bool clean = false;
    if (!read_record(v, sp, specs, clean))
        return false;
    sp.cases_discussed.count = size32(e.supervision_cases.size()) - sp.cases_discussed.begin;
    sp.decisions.count = size32(e.supervision_items.size()) - sp.decisions.begin;
    sp.actions.begin = size32(e.supervision_items.size());
    sp.actions.count = size32(pending_actions.size());
    e.supervision_items.insert(e.supervision_items.end(), pending_actions.begin(),
                               pending_actions.end());
    if (clean && sp.recorded_at.date < sp.held) {
        Scope s(*this, "recordedAt");
        date_order("The supervision was recorded (" + format_date_time(sp.recorded_at) +
                   ") before it was held (" + format_date(sp.held) + ").");
    }
    e.supervisions.push_back(sp);
    return true;
}

template <std::size_t N>
bool ExtractImporter::Impl::read_items(JsonCursor& v, const FieldSpec<SupervisionItem> (&specs)[N],
                                       std::vector<SupervisionItem>& into) {
    const Index self = size32(x->supervisions.size());
    return read_array(v, [&](JsonCursor& e) {
        SupervisionItem it;
        it.supervision = self;
        bool clean = false;
        if (!read_record(e, it, specs, clean))
            return false;
        into.push_back(it);
        return true;
    });
}

bool ExtractImporter::Impl::read_director_discussion(JsonCursor& v) {
    static const FieldSpec<DirectorDiscussion> specs[] = {
        {"id", true,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) { return i.read_id(fv, d.id); }},
        {"workerId", true,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) { return i.read_ref(fv, d.worker); }},
        {"date", true,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) { return i.read_date(fv, d.date); }},
        {"agreedCaseload", true,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
             return i.read_int(fv, d.agreed_caseload, 0, 1000);
         }},
        {"periodFrom", true,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
             return i.read_date(fv, d.period_from);
         }},
        {"periodTo", false,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
             return i.read_opt_date(fv, d.period_to);
         }},
        {"directorId", false,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) {
             return i.read_ref(fv, d.director, true);
         }},
        {"note", false,
         [](Impl& i, JsonCursor& fv, DirectorDiscussion& d) { return i.read_text(fv, d.note); }},
    };
    DirectorDiscussion dd;
    RecordScope rs(*this, &dd.id);
    bool clean = false;
    if (!read_record(v, dd, specs, clean))
        return false;
    if (clean && dd.period_to && *dd.period_to < dd.period_from) {
        Scope s(*this, "periodTo");
        date_order("The period ends before it starts.");
    }
    x->director_discussions.push_back(dd);
    return true;
}

bool ExtractImporter::Impl::read_audit(JsonCursor& v) {
    static const FieldSpec<AuditRecord> specs[] = {
        {"id", true, [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_id(fv, a.id); }},
        {"caseId", true,
         [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_ref(fv, a.case_index); }},
        {"auditorId", true,
         [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_ref(fv, a.auditor); }},
        {"date", true,
         [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_date(fv, a.date); }},
        {"kind", false,
         [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_enum(fv, a.kind); }},
        {"grade", false,
         [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_enum(fv, a.grade); }},
        {"note", false,
         [](Impl& i, JsonCursor& fv, AuditRecord& a) { return i.read_text(fv, a.note); }},
    };
    AuditRecord a;
    RecordScope rs(*this, &a.id);
    bool clean = false;
    if (!read_record(v, a, specs, clean))
        return false;
    x->audits.push_back(a);
    return true;
}

// A complete value is in `buf`: parse it and add its record(s).
void ExtractImporter::Impl::end_value(std::string_view text) {
    value_text = text;
    path.clear();
    record_syntax_error = false;
    record_error = JsonFault::None;
    if (current_top_name)
        path.push(PathPart{current_top_name, 0});
    if (in_array)
        path.push(PathPart{nullptr, element_index});

    cursor.reset(text, long_strings.data(), long_strings.size());
    // The scanner ended the value where its brackets balance, or at the delimiter after
    // a bare scalar, so anything after the value is a fault the cursor did not see.
    const bool ok = dispatch(cursor) && (cursor.at_end() || syntax(JsonFault::Structure));
    if (!ok || record_syntax_error)
        report_record_syntax_error();
    path.clear();
    buf.clear();
    value_text = {};
    long_strings.clear();
}

bool ExtractImporter::Impl::dispatch(JsonCursor& root) {
    if (current_top == TopKey::Unknown)
        return skip(root);
    if (!in_array) {
        if (current_top == TopKey::Metadata)
            return read_metadata(root);
        JsonType t{};
        if (!type_of(root, t))
            return false;
        return wrong_type(root, t, "an array");
    }
    switch (current_top) {
    case TopKey::Teams:
        return read_team(root);
    case TopKey::Workers:
        return read_worker(root);
    case TopKey::People:
        return read_person(root);
    case TopKey::Cases:
        return read_case(root);
    case TopKey::Supervisions:
        return read_supervision(root);
    case TopKey::DirectorDiscussions:
        return read_director_discussion(root);
    case TopKey::Audits:
        return read_audit(root);
    case TopKey::Metadata:
    case TopKey::Unknown:
        break;
    }
    return skip(root);
}

// The fast parser found the record malformed; say where, in the file's terms.
void ExtractImporter::Impl::report_record_syntax_error() {
    fatal = true;
    const std::string_view text = value_text;
    const std::size_t bad = find_invalid_utf8(text);
    int l = 0;
    int col = 0;
    if (bad != std::string_view::npos) {
        const std::size_t at = bad;
        value_location(at, l, col);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X",
                      at < text.size() ? static_cast<unsigned>(static_cast<unsigned char>(text[at]))
                                       : 0u);
        add(Severity::Error, "encoding",
            std::string("The file is not valid UTF-8 text: the byte ") + hex + " in " +
                element_label + " does not belong to any character. Save the extract as UTF-8.",
            element_label, {}, l, col);
        return;
    }
    const JsonSyntaxError located = locate_json_syntax_error(text);
    if (located.found) {
        value_location(located.offset, l, col);
        add(Severity::Error, "syntax",
            "The JSON is not valid in " + element_label + ": " + located.message + ". Near: \"" +
                excerpt_around(text, located.offset) + "\"",
            element_label, {}, l, col);
    } else {
        value_location(0, l, col);
        add(Severity::Error, "syntax",
            "The JSON is not valid in " + element_label + ": " +
                std::string(json_fault_sentence(record_error)) + ".",
            element_label, {}, l, col);
    }
}

} // namespace ca

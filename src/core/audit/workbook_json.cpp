// Case Audit - the audit workbook as JSON (docs/workbook-format.md is the field reference).
//
// Writing: every field, in a fixed key order, so that two saves of one workbook are the same
// bytes and a saved file can be compared by eye. Absent values (an optional date, an
// unanswered result, no grade override) are written as null rather than left out, so every
// field of the format can be seen in any file.
//
// Reading is strict about what it reads: a wrong type, an unknown result, grade, status or
// stratum, an impossible date, a seed that is not a string of digits, two audits or samples
// with one id: each is an error with its JSON path, every error is reported, and any error
// means no workbook (half a workbook would lose the auditor's work silently on the next
// save). Keys it does not know are not errors: a newer build of this version may have added
// optional fields, so they are listed as warnings and dropped.
//
// Index of this file:
// [SECTION] Writing
// [SECTION] Reading: the object reader
// [SECTION] Reading: samples
// [SECTION] Reading: audits
// [SECTION] Moderation records (version 2)
// [SECTION] Reading: the workbook
#include "core/audit/workbook.h"
#include "core/audit/workbook_edit.h"
#include "core/json/checked_json.h"

#include <nlohmann/json.hpp>

#include <limits>

namespace ca::audit {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// ---------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------

OrderedJson date_json(const std::optional<Date>& d) {
    return d ? OrderedJson(format_date(*d)) : OrderedJson(nullptr);
}

// A key, or null for the value whose key is "" (Unanswered, Grade::None).
OrderedJson key_or_null(std::string_view key) {
    return key.empty() ? OrderedJson(nullptr) : OrderedJson(std::string(key));
}

OrderedJson spec_json(const SampleSpec& s) {
    OrderedJson strata = OrderedJson::array();
    for (Stratum st : s.strata)
        strata.push_back(std::string(stratum_key(st)));
    // The seed is a string: JavaScript reads JSON numbers as doubles, exact only to 2^53.
    return OrderedJson{{"records", std::string(record_set_key(s.records))},
                       {"workers", s.workers},
                       {"teams", s.teams},
                       {"size", s.size},
                       {"seed", std::to_string(s.seed)},
                       {"date", format_date(s.date)},
                       {"excludeRecentlyAudited", s.exclude_recently_audited},
                       {"recentlyAuditedMonths", s.recently_audited_months},
                       {"excludeClosed", s.exclude_closed},
                       {"excludeInactive", s.exclude_inactive},
                       {"activityMonths", s.activity_months},
                       {"strata", strata}};
}

OrderedJson sample_json(const Sample& s) {
    OrderedJson drawn = OrderedJson::array();
    for (const DrawnRecord& d : s.drawn)
        drawn.push_back(OrderedJson{{"id", d.id}, {"reason", d.reason}});
    OrderedJson changes = OrderedJson::array();
    for (const SampleChange& c : s.changes)
        changes.push_back(OrderedJson{{"change", c.added ? "added" : "removed"},
                                      {"recordId", c.record_id},
                                      {"reason", c.reason}});
    return OrderedJson{{"id", s.id},
                       {"spec", spec_json(s.spec)},
                       {"drawn", drawn},
                       {"changes", changes},
                       {"created", s.created}};
}

OrderedJson audit_json(const Audit& a) {
    OrderedJson answers = OrderedJson::array();
    for (const AreaAnswer& ans : a.answers)
        answers.push_back(OrderedJson{{"key", ans.key},
                                      {"result", key_or_null(result_key(ans.result))},
                                      {"comment", ans.comment}});
    OrderedJson actions = OrderedJson::array();
    for (const ActionItem& act : a.actions)
        actions.push_back(OrderedJson{{"text", act.text},
                                      {"owner", act.owner},
                                      {"due", date_json(act.due)},
                                      {"done", act.done}});
    return OrderedJson{{"id", a.id},
                       {"records", std::string(record_set_key(a.records))},
                       {"recordId", a.record_id},
                       {"sampleId", a.sample_id},
                       {"status", std::string(audit_status_key(a.status))},
                       {"auditor", a.auditor},
                       {"capacity", a.capacity},
                       {"auditDate", date_json(a.audit_date)},
                       {"completed", date_json(a.completed)},
                       {"completedReason", a.completed_reason},
                       {"answers", answers},
                       {"gradeOverride", key_or_null(grade_key(a.grade_override))},
                       {"overrideReason", a.override_reason},
                       {"summary", a.summary},
                       {"recommendations", a.recommendations},
                       {"actions", actions},
                       {"discussInSupervision", a.discuss_in_supervision},
                       {"chosenForSupervisionReview", a.chosen_for_supervision_review}};
}

// The moderation records (version 2), written with the rest below (their own section).
OrderedJson moderations_json(const std::vector<Moderation>& moderations);

} // namespace

std::string save_workbook_json(const Workbook& wb) {
    OrderedJson samples = OrderedJson::array();
    for (const Sample& s : wb.samples)
        samples.push_back(sample_json(s));
    OrderedJson audits = OrderedJson::array();
    for (const Audit& a : wb.audits)
        audits.push_back(audit_json(a));
    const OrderedJson root{{"format", std::string(k_workbook_format)},
                           {"version", k_workbook_version},
                           {"extract", OrderedJson{{"fingerprint", wb.extract.fingerprint},
                                                   {"organisation", wb.extract.organisation},
                                                   {"asAt", wb.extract.as_at},
                                                   {"extractedAt", wb.extract.extracted_at}}},
                           {"policyFingerprint", wb.policy_fingerprint},
                           {"auditor", wb.auditor},
                           {"capacity", wb.capacity},
                           {"modified", wb.modified},
                           {"samples", samples},
                           {"audits", audits},
                           {"dictionary", wb.dictionary},
                           {"moderations", moderations_json(wb.moderations)}};
    // Text the auditor typed is UTF-8 from the app; anything that is not is written with
    // U+FFFD rather than failing the save and losing the work.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: the object reader
// ---------------------------------------------------------------------------

namespace {

struct Diagnostics {
    std::vector<WorkbookError> errors;
    std::vector<WorkbookError> warnings;
    void error(std::string path, std::string message) {
        errors.push_back({std::move(path), std::move(message)});
    }
    void warning(std::string path, std::string message) {
        warnings.push_back({std::move(path), std::move(message)});
    }
};

std::string index_path(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

// Reads one JSON object: every key asked for is marked known, and finish() warns about the
// others. Absent optional keys keep the value already in `out`.
class Reader {
public:
    Reader(const Json& object, std::string path, Diagnostics& diag)
        : object_(object), path_(std::move(path)), diag_(diag) {}

    std::string path_of(const char* key) const {
        return path_.empty() ? std::string(key) : path_ + "." + key;
    }
    void error(const char* key, std::string message) {
        diag_.error(path_of(key), std::move(message));
    }
    const Json* get(const char* key) {
        known_.emplace_back(key);
        const auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }
    // Like get(), with an error when the key is absent.
    const Json* require(const char* key) {
        const Json* v = get(key);
        if (!v)
            error(key, std::string("Missing \"") + key + "\".");
        return v;
    }

    void read_string(const char* key, std::string& out, bool required = false) {
        const Json* v = required ? require(key) : get(key);
        if (!v)
            return;
        if (v->is_string())
            out = v->get<std::string>();
        else
            error(key, "Expected text (a string).");
        if (required && v->is_string() && out.empty())
            error(key, std::string("\"") + key + "\" must not be empty.");
    }
    void read_bool(const char* key, bool& out) {
        if (const Json* v = get(key)) {
            if (v->is_boolean())
                out = v->get<bool>();
            else
                error(key, "Expected true or false.");
        }
    }
    void read_int(const char* key, int& out, int lo, int hi) {
        if (const Json* v = get(key)) {
            if (v->is_number_integer() && !beyond_int64(*v) && v->get<std::int64_t>() >= lo &&
                v->get<std::int64_t>() <= hi)
                out = static_cast<int>(v->get<std::int64_t>());
            else
                error(key, "Expected a whole number from " + std::to_string(lo) + " to " +
                               std::to_string(hi) + ".");
        }
    }
    // "YYYY-MM-DD" or null.
    void read_date(const char* key, std::optional<Date>& out) {
        const Json* v = get(key);
        if (!v || v->is_null()) {
            out.reset();
            return;
        }
        out = v->is_string() ? parse_date(v->get<std::string>()) : std::nullopt;
        if (!out)
            error(key, "Expected a date \"YYYY-MM-DD\" that exists, or null.");
    }
    // A text that must be empty or a local date-time "YYYY-MM-DDTHH:MM[:SS]".
    void read_date_time(const char* key, std::string& out) {
        read_string(key, out);
        if (!out.empty() && !parse_date_time(out)) {
            error(key, "Expected a date and time \"YYYY-MM-DDTHH:MM\", or \"\".");
            out.clear();
        }
    }
    // A key of a kebab-case vocabulary (or null for the value with key "" when `null_ok`).
    template <typename E>
    void read_key(const char* key, E& out, std::optional<E> (*parse)(std::string_view),
                  const char* allowed, bool required, std::optional<E> null_value = {}) {
        const Json* v = required ? require(key) : get(key);
        if (!v)
            return;
        if (v->is_null() && null_value) {
            out = *null_value;
            return;
        }
        const std::optional<E> e = v->is_string() ? parse(v->get<std::string>()) : std::nullopt;
        if (e)
            out = *e;
        else
            error(key,
                  std::string("Expected one of: ") + allowed + (null_value ? ", or null." : "."));
    }
    void read_string_list(const char* key, std::vector<std::string>& out) {
        const Json* v = get(key);
        if (!v)
            return;
        if (!v->is_array()) {
            error(key, "Expected a list of strings.");
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < v->size(); ++i) {
            if ((*v)[i].is_string())
                out.push_back((*v)[i].get<std::string>());
            else
                diag_.error(index_path(path_of(key), i), "Expected text (a string).");
        }
    }
    // Calls `read(item, path)` for each object in the list `key`.
    template <typename F>
    void each_object(const char* key, F read) {
        const Json* v = get(key);
        if (!v)
            return;
        if (!v->is_array()) {
            error(key, "Expected a list ([...]).");
            return;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            const std::string p = index_path(path_of(key), i);
            if ((*v)[i].is_object())
                read((*v)[i], p);
            else
                diag_.error(p, "Expected an object ({...}).");
        }
    }
    void finish() {
        for (auto it = object_.begin(); it != object_.end(); ++it) {
            bool known = false;
            for (const std::string& k : known_)
                known = known || k == it.key();
            if (!known)
                diag_.warning(path_.empty() ? it.key() : path_ + "." + it.key(),
                              "Unknown key \"" + it.key() +
                                  "\", ignored (written by a newer Case Audit?); it is not "
                                  "kept when the workbook is saved.");
        }
    }

private:
    const Json& object_;
    std::string path_;
    Diagnostics& diag_;
    std::vector<std::string> known_;
};

// A uint64 from 1 to 20 decimal digits, or nullopt (a sign, spaces, overflow).
std::optional<std::uint64_t> parse_seed(const std::string& text) {
    if (text.empty() || text.size() > 20)
        return std::nullopt;
    std::uint64_t n = 0;
    constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    for (char ch : text) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(ch - '0');
        if (n > (max - digit) / 10)
            return std::nullopt;
        n = n * 10 + digit;
    }
    return n;
}

// Reports the second and later uses of one id among `items`, at "<list>[i].id".
template <typename T>
void check_unique_ids(const std::vector<T>& items, const std::vector<std::string>& paths,
                      const char* what, Diagnostics& diag) {
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (!items[i].id.empty() && items[i].id == items[j].id) {
                diag.error(paths[i] + ".id", std::string("The ") + what + " id \"" + items[i].id +
                                                 "\" is already used by " + paths[j] + ".");
                break;
            }
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: samples
// ---------------------------------------------------------------------------

void read_spec(const Json& j, const std::string& path, SampleSpec& s, Diagnostics& diag) {
    Reader r(j, path, diag);
    r.read_key("records", s.records, parse_record_set_key, "cases, supervisions", true);
    r.read_string_list("workers", s.workers);
    r.read_string_list("teams", s.teams);
    r.read_int("size", s.size, 1, 100000);
    if (const Json* v = r.require("seed")) {
        const std::optional<std::uint64_t> seed =
            v->is_string() ? parse_seed(v->get<std::string>()) : std::nullopt;
        if (seed)
            s.seed = *seed;
        else
            r.error("seed", "Expected the seed as a string of decimal digits (\"123456789\") "
                            "up to 18446744073709551615: a JSON number loses digits in a "
                            "browser.");
    }
    if (const Json* v = r.require("date")) {
        std::optional<Date> date;
        r.read_date("date", date);
        if (date)
            s.date = *date;
        else if (v->is_null())
            r.error("date", "Expected the sample date \"YYYY-MM-DD\".");
    }
    r.read_bool("excludeRecentlyAudited", s.exclude_recently_audited);
    r.read_int("recentlyAuditedMonths", s.recently_audited_months, 1, 120);
    r.read_bool("excludeClosed", s.exclude_closed);
    r.read_bool("excludeInactive", s.exclude_inactive);
    r.read_int("activityMonths", s.activity_months, 1, 120);
    if (const Json* v = r.get("strata")) {
        if (!v->is_array()) {
            r.error("strata", "Expected a list of: open-safeguarding-enquiry, asye-worker.");
        } else {
            for (std::size_t i = 0; i < v->size(); ++i) {
                const Json& item = (*v)[i];
                const std::optional<Stratum> st =
                    item.is_string() ? parse_stratum_key(item.get<std::string>()) : std::nullopt;
                if (st)
                    s.strata.push_back(*st);
                else
                    diag.error(index_path(r.path_of("strata"), i),
                               "Expected one of: open-safeguarding-enquiry, asye-worker.");
            }
        }
    }
    r.finish();
}

Sample read_sample(const Json& j, const std::string& path, Diagnostics& diag) {
    Sample s;
    Reader r(j, path, diag);
    r.read_string("id", s.id, true);
    if (const Json* spec = r.require("spec")) {
        if (spec->is_object())
            read_spec(*spec, r.path_of("spec"), s.spec, diag);
        else
            r.error("spec", "Expected an object ({...}).");
    }
    r.each_object("drawn", [&](const Json& item, const std::string& p) {
        Reader ir(item, p, diag);
        DrawnRecord d;
        ir.read_string("id", d.id, true);
        ir.read_string("reason", d.reason);
        ir.finish();
        s.drawn.push_back(std::move(d));
    });
    r.each_object("changes", [&](const Json& item, const std::string& p) {
        Reader ir(item, p, diag);
        SampleChange c;
        std::string change;
        ir.read_string("change", change, true);
        if (change == "added" || change == "removed")
            c.added = change == "added";
        else if (!change.empty())
            ir.error("change", "Expected \"added\" or \"removed\".");
        ir.read_string("recordId", c.record_id, true);
        ir.read_string("reason", c.reason);
        ir.finish();
        s.changes.push_back(std::move(c));
    });
    r.read_date_time("created", s.created);
    r.finish();
    return s;
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: audits
// ---------------------------------------------------------------------------

void read_answers(Reader& r, Audit& a, Diagnostics& diag) {
    std::vector<std::string> paths;
    r.each_object("answers", [&](const Json& item, const std::string& p) {
        Reader ir(item, p, diag);
        AreaAnswer ans;
        ir.read_string("key", ans.key, true);
        ir.read_key("result", ans.result, parse_result_key,
                    "met, partly-met, not-met, not-applicable", false,
                    std::optional<AreaResult>(AreaResult::Unanswered));
        ir.read_string("comment", ans.comment);
        ir.finish();
        // The 14 case file areas are the policy's and fixed: any other key in a case audit
        // is a result that would count nowhere. Supervision items come from the policy
        // file, which may have changed since, so their keys are kept as they are.
        if (a.records == RecordSet::Cases && !ans.key.empty() && !parse_case_area_key(ans.key))
            diag.error(p + ".key", "\"" + ans.key + "\" is not one of the 14 case file areas.");
        for (std::size_t i = 0; i < a.answers.size(); ++i)
            if (!ans.key.empty() && a.answers[i].key == ans.key)
                diag.error(p + ".key",
                           "The area \"" + ans.key + "\" is already answered at " + paths[i] + ".");
        paths.push_back(p);
        a.answers.push_back(std::move(ans));
    });
}

Audit read_audit(const Json& j, const std::string& path, Diagnostics& diag) {
    Audit a;
    Reader r(j, path, diag);
    r.read_string("id", a.id, true);
    r.read_key("records", a.records, parse_record_set_key, "cases, supervisions", true);
    r.read_string("recordId", a.record_id, true);
    r.read_string("sampleId", a.sample_id);
    r.read_key("status", a.status, parse_audit_status_key, "planned, in-progress, completed", true);
    r.read_string("auditor", a.auditor);
    r.read_string("capacity", a.capacity);
    r.read_date("auditDate", a.audit_date);
    r.read_date("completed", a.completed);
    r.read_string("completedReason", a.completed_reason); // absent before it existed: ""
    read_answers(r, a, diag);
    r.read_key("gradeOverride", a.grade_override, parse_grade_key,
               "outstanding, good, requires-improvement, inadequate", false,
               std::optional<Grade>(Grade::None));
    r.read_string("overrideReason", a.override_reason);
    r.read_string("summary", a.summary);
    r.read_string("recommendations", a.recommendations);
    r.each_object("actions", [&](const Json& item, const std::string& p) {
        Reader ir(item, p, diag);
        ActionItem act;
        ir.read_string("text", act.text, true);
        ir.read_string("owner", act.owner);
        ir.read_date("due", act.due);
        ir.read_bool("done", act.done);
        ir.finish();
        a.actions.push_back(std::move(act));
    });
    r.read_bool("discussInSupervision", a.discuss_in_supervision);
    r.read_bool("chosenForSupervisionReview", a.chosen_for_supervision_review);
    r.finish();

    // Loaded, but not as the app leaves a completed audit: say so, keep the work.
    if (a.status == AuditStatus::Completed) {
        if (!a.completed)
            diag.warning(path + ".completed", "A completed audit without its completion date.");
        for (const std::string& blocker : completion_blockers(a))
            diag.warning(path +
                             (blocker == k_override_needs_reason ? ".overrideReason" : ".answers"),
                         "A completed audit that could not be completed as it stands: " + blocker);
    }
    return a;
}

// ---------------------------------------------------------------------------
// [SECTION] Moderation records (version 2)
// ---------------------------------------------------------------------------

OrderedJson moderations_json(const std::vector<Moderation>& moderations) {
    OrderedJson out = OrderedJson::array();
    for (const Moderation& m : moderations) {
        OrderedJson areas = OrderedJson::array();
        for (const ModerationArea& a : m.areas)
            areas.push_back(OrderedJson{{"key", a.key},
                                        {"blind", key_or_null(result_key(a.blind))},
                                        {"comment", a.comment},
                                        {"outcome", key_or_null(moderation_outcome_key(a.outcome))},
                                        {"final", key_or_null(result_key(a.final_result))},
                                        {"reason", a.reason}});
        out.push_back(OrderedJson{{"id", m.id},
                                  {"auditId", m.audit_id},
                                  {"moderator", m.moderator},
                                  {"started", date_json(m.started)},
                                  {"blindSubmitted", m.blind_submitted},
                                  {"resolved", date_json(m.resolved)},
                                  {"areas", std::move(areas)}});
    }
    return out;
}

// `moderations` (version 2; a version 1 file has none). Each
// must name an audit of the workbook.
void read_moderations(Reader& r, Workbook& wb, Diagnostics& diag) {
    std::vector<std::string> paths;
    r.each_object("moderations", [&](const Json& item, const std::string& p) {
        Moderation m;
        Reader mr(item, p, diag);
        mr.read_string("id", m.id, true);
        mr.read_string("auditId", m.audit_id, true);
        mr.read_string("moderator", m.moderator);
        mr.read_date("started", m.started);
        mr.read_bool("blindSubmitted", m.blind_submitted);
        mr.read_date("resolved", m.resolved);
        mr.each_object("areas", [&](const Json& ai, const std::string& ap) {
            Reader ar(ai, ap, diag);
            ModerationArea a;
            ar.read_string("key", a.key, true);
            const char* results = "met, partly-met, not-met, not-applicable";
            ar.read_key("blind", a.blind, parse_result_key, results, false,
                        std::optional<AreaResult>(AreaResult::Unanswered));
            ar.read_string("comment", a.comment);
            ar.read_key("outcome", a.outcome, parse_moderation_outcome_key, "stands, adjusted",
                        false, std::optional<ModerationOutcome>(ModerationOutcome::Undecided));
            ar.read_key("final", a.final_result, parse_result_key, results, false,
                        std::optional<AreaResult>(AreaResult::Unanswered));
            ar.read_string("reason", a.reason);
            ar.finish();
            m.areas.push_back(std::move(a));
        });
        mr.finish();
        if (!m.audit_id.empty() && !wb.find_audit(m.audit_id))
            diag.error(p + ".auditId", "No audit \"" + m.audit_id + "\" in this workbook.");
        wb.moderations.push_back(std::move(m));
        paths.push_back(p);
    });
    check_unique_ids(wb.moderations, paths, "moderation", diag);
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: the workbook
// ---------------------------------------------------------------------------

// Whether the root names the workbook format and a version this build reads; if not, the
// one error that says why (nothing else in the file is worth reporting then).
bool check_format(const Json& root, Diagnostics& diag) {
    const auto format = root.find("format");
    if (format == root.end()) {
        const auto metadata = root.find("metadata");
        if (metadata != root.end() && metadata->is_object() && metadata->contains("format"))
            diag.error("", "This is a case extract, not an audit workbook: open it as the "
                           "extract.");
        else
            diag.error("format", "This is not a Case Audit workbook: it has no \"format\": "
                                 "\"case-audit-workbook\".");
        return false;
    }
    if (!format->is_string() || format->get<std::string>() != k_workbook_format) {
        diag.error("format", "This is not a Case Audit workbook: its \"format\" is " +
                                 json_value_as_written(*format) + ", not \"case-audit-workbook\".");
        return false;
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        diag.error("version", "Expected the workbook's version, a whole number (1).");
        return false;
    }
    // As written: 18446744073709551615 is a version far in the future, not -1.
    const std::string written = json_value_as_written(*version);
    if (beyond_int64(*version) || version->get<std::int64_t>() > k_workbook_version) {
        diag.error("version",
                   "This workbook is version " + written + "; this Case Audit reads version " +
                       std::to_string(k_workbook_version) + ". Update Case Audit to open it.");
        return false;
    }
    if (version->get<std::int64_t>() < 1) {
        diag.error("version", "There is no workbook version " + written +
                                  "; this Case Audit reads version " +
                                  std::to_string(k_workbook_version) + ".");
        return false;
    }
    return true;
}

} // namespace

WorkbookLoadResult load_workbook_json(std::string_view text) {
    WorkbookLoadResult result;
    Diagnostics diag;
    // Checked before it is parsed (encoding, nesting, duplicate keys, huge numbers, control
    // characters), and parsed without exceptions: no file can crash the program here.
    const std::optional<Json> parsed = parse_json_object_file(
        text, "workbook", "An audit workbook is a JSON object ({...}).", result.errors);
    if (!parsed)
        return result;
    const Json& root = *parsed;
    if (!check_format(root, diag)) {
        result.errors = std::move(diag.errors);
        return result;
    }

    Workbook wb;
    Reader r(root, "", diag);
    r.get("format");
    r.get("version");
    if (const Json* e = r.require("extract")) {
        if (e->is_object()) {
            Reader er(*e, "extract", diag);
            er.read_string("fingerprint", wb.extract.fingerprint, true);
            er.read_string("organisation", wb.extract.organisation);
            er.read_string("asAt", wb.extract.as_at);
            if (!wb.extract.as_at.empty() && !parse_date(wb.extract.as_at)) {
                er.error("asAt", "Expected a date \"YYYY-MM-DD\" that exists, or \"\".");
                wb.extract.as_at.clear();
            }
            er.read_date_time("extractedAt", wb.extract.extracted_at);
            er.finish();
        } else {
            r.error("extract", "Expected an object ({...}).");
        }
    }
    r.read_string("policyFingerprint", wb.policy_fingerprint);
    r.read_string("auditor", wb.auditor);
    r.read_string("capacity", wb.capacity);
    r.read_date_time("modified", wb.modified);

    std::vector<std::string> sample_paths;
    r.each_object("samples", [&](const Json& item, const std::string& p) {
        wb.samples.push_back(read_sample(item, p, diag));
        sample_paths.push_back(p);
    });
    check_unique_ids(wb.samples, sample_paths, "sample", diag);

    std::vector<std::string> audit_paths;
    r.each_object("audits", [&](const Json& item, const std::string& p) {
        wb.audits.push_back(read_audit(item, p, diag));
        audit_paths.push_back(p);
    });
    check_unique_ids(wb.audits, audit_paths, "audit", diag);
    for (std::size_t i = 0; i < wb.audits.size(); ++i) {
        const std::string& sample = wb.audits[i].sample_id;
        if (!sample.empty() && wb.find_sample(sample) == nullptr)
            diag.warning(audit_paths[i] + ".sampleId",
                         "No sample \"" + sample + "\" in this workbook.");
    }

    r.read_string_list("dictionary", wb.dictionary);
    read_moderations(r, wb, diag);
    r.finish();

    result.errors = std::move(diag.errors);
    result.warnings = std::move(diag.warnings);
    if (result.errors.empty())
        result.workbook = std::move(wb);
    return result;
}

std::string format_workbook_errors(const WorkbookLoadResult& result) {
    std::string out;
    auto line = [&](const WorkbookError& e, const char* prefix) {
        out += prefix;
        out += (e.path.empty() ? std::string("(file)") : e.path) + ": " + e.message + "\n";
    };
    for (const WorkbookError& e : result.errors)
        line(e, "");
    for (const WorkbookError& e : result.warnings)
        line(e, "warning: ");
    return out;
}

} // namespace ca::audit

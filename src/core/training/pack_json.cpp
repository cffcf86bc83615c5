// Case Audit - training packs as JSON (see pack.h; docs/training-pack.md is the reference).
//
// Index of this file:
// [SECTION] Writing
// [SECTION] Reading: helpers
// [SECTION] Reading: a practice case
// [SECTION] Reading: the pack
#include "core/training/pack.h"

#include "core/audit/scoring.h"
#include "core/extract/import.h"
#include "core/json/checked_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>

namespace ca::training {

const ReferenceArea* PracticeCase::find(audit::CaseArea area) const {
    for (const ReferenceArea& a : areas) {
        if (a.area == area) {
            return &a;
        }
    }
    return nullptr;
}

const PracticeCase* TrainingPack::find_case(std::string_view case_id) const {
    for (const PracticeCase& c : cases) {
        if (c.case_id == case_id) {
            return &c;
        }
    }
    return nullptr;
}

std::set<std::string, std::less<>> citable_ids(const Extract& x, Index c) {
    std::set<std::string, std::less<>> ids;
    const Case& k = x.cases[c];
    ids.emplace(x.id_of(k.id));
    const auto add = [&](const auto& records, Range r) {
        for (Index i = r.begin; i < r.end(); ++i) {
            ids.emplace(x.id_of(records[i].id));
        }
    };
    add(x.requests, k.requests);
    add(x.notes, k.notes);
    add(x.assessments, k.assessments);
    add(x.plans, k.plans);
    add(x.services, k.services);
    add(x.reviews, k.reviews);
    add(x.safeguarding, k.safeguarding);
    add(x.capacity_assessments, k.capacity_assessments);
    add(x.documents, k.documents);
    for (const Worker& w : x.workers) {
        ids.emplace(x.id_of(w.id));
    }
    for (const Supervision& s : x.supervisions) {
        ids.emplace(x.id_of(s.id));
    }
    return ids;
}

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

const char* const k_member = "trainingPack";

// ---------------------------------------------------------------------------
// [SECTION] Writing
// ---------------------------------------------------------------------------

OrderedJson member(const TrainingPack& pack) {
    OrderedJson cases = OrderedJson::array();
    for (const PracticeCase& c : pack.cases) {
        OrderedJson areas = OrderedJson::array();
        for (const ReferenceArea& a : c.areas) {
            areas.push_back(OrderedJson{{"area", std::string(audit::case_area(a.area).key)},
                                        {"result", std::string(audit::result_key(a.result))},
                                        {"rationale", a.rationale},
                                        {"evidence", a.evidence},
                                        {"guidance", a.guidance}});
        }
        cases.push_back(OrderedJson{{"caseId", c.case_id},
                                    {"title", c.title},
                                    {"teaches", c.teaches},
                                    {"auditDate", format_date(c.audit_date)},
                                    {"grade", std::string(audit::grade_key(c.grade))},
                                    {"summary", c.summary},
                                    {"areas", std::move(areas)}});
    }
    return OrderedJson{{"format", std::string(k_pack_format)},
                       {"version", pack.version},
                       {"title", pack.title},
                       {"author", pack.author},
                       {"description", pack.description},
                       {"cases", std::move(cases)}};
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: helpers
// ---------------------------------------------------------------------------

struct Problems {
    std::vector<PackProblem> errors;
    std::vector<PackProblem> warnings;
    void error(std::string path, std::string message) {
        errors.push_back({std::move(path), 0, 0, std::move(message)});
    }
    void warning(std::string path, std::string message) {
        warnings.push_back({std::move(path), 0, 0, std::move(message)});
    }
};

// One object of the pack: fields are taken by name, and the ones never asked for are
// reported by unknown_keys() as warnings.
class Fields {
public:
    Fields(const Json& object, std::string path, Problems& problems)
        : object_(object), path_(std::move(path)), problems_(problems) {}

    std::string at(const char* key) const { return path_ + "." + key; }

    const Json* take(const char* key, bool required) {
        asked_.emplace_back(key);
        const auto it = object_.find(key);
        if (it == object_.end()) {
            if (required) {
                problems_.error(at(key), std::string("Missing \"") + key + "\".");
            }
            return nullptr;
        }
        return &*it;
    }

    // Text; `required` also refuses "" (a reference without its rationale teaches nothing).
    std::string text(const char* key, bool required) {
        const Json* v = take(key, required);
        if (!v) {
            return {};
        }
        if (!v->is_string()) {
            problems_.error(at(key), "Expected text (a string).");
            return {};
        }
        std::string s = v->get<std::string>();
        if (required && s.empty()) {
            problems_.error(at(key), std::string("\"") + key + "\" must not be empty.");
        }
        return s;
    }

    std::vector<std::string> texts(const char* key) {
        std::vector<std::string> out;
        const Json* v = take(key, false);
        if (!v) {
            return out;
        }
        if (!v->is_array()) {
            problems_.error(at(key), "Expected a list of strings ([\"...\"]).");
            return out;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            if ((*v)[i].is_string() && !(*v)[i].get<std::string>().empty()) {
                out.push_back((*v)[i].get<std::string>());
            } else {
                problems_.error(at(key) + "[" + std::to_string(i) + "]",
                                "Expected non-empty text (a string).");
            }
        }
        return out;
    }

    void unknown_keys() {
        for (auto it = object_.begin(); it != object_.end(); ++it) {
            if (std::find(asked_.begin(), asked_.end(), it.key()) == asked_.end()) {
                problems_.warning(path_ + "." + it.key(),
                                  "Unknown key \"" + it.key() +
                                      "\", ignored (written by a newer Case Audit?).");
            }
        }
    }

private:
    const Json& object_;
    std::string path_;
    Problems& problems_;
    std::vector<std::string> asked_;
};

// ---------------------------------------------------------------------------
// [SECTION] Reading: a practice case
// ---------------------------------------------------------------------------

ReferenceArea read_area(const Json& j, const std::string& path,
                        const std::set<std::string, std::less<>>& citable, Problems& p,
                        bool& area_ok) {
    ReferenceArea a;
    Fields f(j, path, p);
    const std::string key = f.text("area", true);
    const std::optional<audit::CaseArea> area = audit::parse_case_area_key(key);
    area_ok = area.has_value();
    if (area) {
        a.area = *area;
    } else if (!key.empty()) {
        p.error(f.at("area"), "\"" + key +
                                  "\" is not one of the 14 areas (adequate, jargon, "
                                  "literacy, strengths, fact-opinion, ...).");
    }
    const std::string result = f.text("result", true);
    const std::optional<audit::AreaResult> r = audit::parse_result_key(result);
    if (r && *r != audit::AreaResult::Unanswered) {
        a.result = *r;
    } else if (!result.empty()) {
        p.error(f.at("result"), "Expected one of: met, partly-met, not-met, not-applicable.");
    }
    a.rationale = f.text("rationale", true);
    a.evidence = f.texts("evidence");
    for (std::size_t i = 0; i < a.evidence.size(); ++i) {
        if (!citable.empty() && citable.count(a.evidence[i]) == 0) {
            p.error(f.at("evidence") + "[" + std::to_string(i) + "]",
                    "\"" + a.evidence[i] +
                        "\" is not a record of this case's file (nor a worker or supervision) "
                        "in the pack's extract.");
        }
    }
    a.guidance = f.text("guidance", false);
    f.unknown_keys();
    return a;
}

PracticeCase read_case(const Json& j, const std::string& path, const Extract& x, Problems& p) {
    PracticeCase c;
    Fields f(j, path, p);
    c.case_id = f.text("caseId", true);
    const Index ci = c.case_id.empty() ? k_no_index : x.find_case(c.case_id);
    if (!c.case_id.empty() && ci == k_no_index) {
        p.error(f.at("caseId"), "There is no case \"" + c.case_id + "\" in the pack's extract.");
    }
    const std::set<std::string, std::less<>> citable =
        ci == k_no_index ? std::set<std::string, std::less<>>{} : citable_ids(x, ci);
    c.title = f.text("title", true);
    c.teaches = f.texts("teaches");
    const std::string date = f.text("auditDate", true);
    if (const std::optional<Date> d = parse_date(date)) {
        c.audit_date = *d;
    } else if (!date.empty()) {
        p.error(f.at("auditDate"), "Expected a date \"YYYY-MM-DD\" that exists.");
    }
    const std::string grade = f.text("grade", true);
    const std::optional<audit::Grade> g = audit::parse_grade_key(grade);
    if (g && *g != audit::Grade::None) {
        c.grade = *g;
    } else if (!grade.empty()) {
        p.error(f.at("grade"),
                "Expected one of: outstanding, good, requires-improvement, inadequate.");
    }
    c.summary = f.text("summary", false);
    std::vector<bool> seen(audit::k_case_area_count, false);
    if (const Json* areas = f.take("areas", true)) {
        if (!areas->is_array()) {
            p.error(f.at("areas"), "Expected a list of the 14 areas ([{...}]).");
        } else {
            for (std::size_t i = 0; i < areas->size(); ++i) {
                const std::string ap = f.at("areas") + "[" + std::to_string(i) + "]";
                if (!(*areas)[i].is_object()) {
                    p.error(ap, "Expected an object ({...}).");
                    continue;
                }
                bool area_ok = false;
                ReferenceArea a = read_area((*areas)[i], ap, citable, p, area_ok);
                if (!area_ok) {
                    continue;
                }
                const auto k = static_cast<std::size_t>(a.area);
                if (seen[k]) {
                    p.error(ap + ".area", "The area \"" +
                                              std::string(audit::case_area(a.area).key) +
                                              "\" is given twice.");
                    continue;
                }
                seen[k] = true;
                c.areas.push_back(std::move(a));
            }
            for (const audit::CaseAreaInfo& info : audit::case_areas()) {
                if (!seen[static_cast<std::size_t>(info.area)]) {
                    p.error(f.at("areas"), "The reference audit has no answer for the area \"" +
                                               std::string(info.key) + "\" (" +
                                               std::string(info.title) + ").");
                }
            }
            std::sort(
                c.areas.begin(), c.areas.end(),
                [](const ReferenceArea& a, const ReferenceArea& b) { return a.area < b.area; });
        }
    }
    f.unknown_keys();
    return c;
}

// ---------------------------------------------------------------------------
// [SECTION] Reading: the pack
// ---------------------------------------------------------------------------

void read_member(const Json& m, const Extract& x, TrainingPack& pack, Problems& p) {
    Fields f(m, k_member, p);
    const std::string format = f.text("format", true);
    if (!format.empty() && format != k_pack_format) {
        p.error(f.at("format"), "Expected \"case-audit-training-pack\".");
    }
    if (const Json* v = f.take("version", true)) {
        if (!v->is_number_integer() || v->get<std::int64_t>() < 1) {
            p.error(f.at("version"), "Expected the pack's version, a whole number (1).");
        } else if (v->get<std::int64_t>() > k_pack_version) {
            p.error(f.at("version"), "This training pack is version " +
                                         std::to_string(v->get<std::int64_t>()) +
                                         "; this Case Audit reads version 1. Update Case "
                                         "Audit to open it.");
        }
    }
    pack.title = f.text("title", true);
    pack.author = f.text("author", false);
    pack.description = f.text("description", false);
    if (const Json* cases = f.take("cases", true)) {
        if (!cases->is_array() || cases->empty()) {
            p.error(f.at("cases"), "Expected a list of at least one practice case ([{...}]).");
        } else {
            for (std::size_t i = 0; i < cases->size(); ++i) {
                const std::string cp = f.at("cases") + "[" + std::to_string(i) + "]";
                if (!(*cases)[i].is_object()) {
                    p.error(cp, "Expected an object ({...}).");
                    continue;
                }
                PracticeCase c = read_case((*cases)[i], cp, x, p);
                if (!c.case_id.empty() && pack.find_case(c.case_id)) {
                    p.error(cp + ".caseId",
                            "The case \"" + c.case_id + "\" is already a practice case.");
                }
                pack.cases.push_back(std::move(c));
            }
        }
    }
    f.unknown_keys();
}

} // namespace

std::string pack_member_json(const TrainingPack& pack) {
    return member(pack).dump(2);
}

std::string save_pack_json(std::string_view extract_json, const TrainingPack& pack) {
    OrderedJson root = OrderedJson::parse(extract_json.begin(), extract_json.end(), nullptr, false);
    if (!root.is_object()) {
        throw std::invalid_argument("save_pack_json: the extract is not a JSON object");
    }
    root[k_member] = member(pack);
    return root.dump(2) + "\n";
}

PackLoadResult load_pack_json(std::string_view text) {
    PackLoadResult result;
    // The records first, by the extract importer: it locates every problem in them.
    ImportResult imported = import_extract(text);
    for (const Finding& f : imported.findings) {
        if (f.severity == Severity::Error) {
            result.errors.push_back({f.json_path, f.line, f.column, f.message});
        } else if (f.severity == Severity::Warning) {
            result.warnings.push_back({f.json_path, f.line, f.column, f.message});
        }
    }
    if (!imported.ok()) {
        return result;
    }
    // The importer has checked the records; the trainingPack member is checked as every other
    // file is (keys written twice, control characters such as DEL in a key, numbers too large
    // to hold, nesting), the text parsed without exceptions.
    std::vector<JsonFileProblem> problems;
    const std::optional<Json> parsed = parse_json_file(text, "training pack", problems);
    if (!parsed) {
        for (JsonFileProblem& p : problems)
            result.errors.push_back({std::move(p.path), p.line, p.column, std::move(p.message)});
        return result;
    }
    const Json& root = *parsed;
    const auto m = root.is_object() ? root.find(k_member) : root.end();
    if (!root.is_object() || m == root.end()) {
        result.errors.push_back({k_member, 0, 0,
                                 "This is a case extract, not a training pack: it has no "
                                 "\"trainingPack\" member. Open it as an extract."});
        return result;
    }
    if (!m->is_object()) {
        result.errors.push_back({k_member, 0, 0, "Expected an object ({...})."});
        return result;
    }
    Problems p;
    TrainingPack pack;
    read_member(*m, *imported.extract, pack, p);
    result.errors.insert(result.errors.end(), p.errors.begin(), p.errors.end());
    result.warnings.insert(result.warnings.end(), p.warnings.begin(), p.warnings.end());
    if (result.errors.empty()) {
        result.pack = std::move(pack);
        result.extract = std::move(imported.extract);
    }
    return result;
}

std::string format_pack_problems(const PackLoadResult& result) {
    std::string out;
    const auto line = [&out](const PackProblem& p, const char* marker) {
        if (p.line > 0) {
            out += std::to_string(p.line) + ":" + std::to_string(p.column) + " ";
        }
        out += marker;
        out += p.path.empty() ? std::string("(file)") : p.path;
        out += ": " + p.message + "\n";
    };
    for (const PackProblem& p : result.errors) {
        line(p, "");
    }
    for (const PackProblem& p : result.warnings) {
        line(p, "warning: ");
    }
    return out;
}

} // namespace ca::training

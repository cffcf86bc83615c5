// caseaudit evidence EXTRACT (--case ID [--date DATE] | --supervision ID) [--policy FILE]
//                            [--no-writing] [--json]
//
// What the audit checklist shows for one case file or supervision record: for each area or
// item, what was checked, the proposed result and why, and the findings with the ids of the
// records they rest on. The same core calls as the app's audit workspace
// (core/audit/evidence.h, and for a case's six writing areas the recording-quality
// assistant, core/audit/writing_evidence.h). Exit status: 0 done, 1 the extract does not
// import, the policy file is invalid or the record is not in the extract, 2 usage.
//
// Index of this file:
// [SECTION] Text output
// [SECTION] JSON output
// [SECTION] Command
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/audit/evidence.h"
#include "core/audit/writing_evidence.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"
#include "core/text/analyser.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

namespace {

using ca::audit::AreaEvidence;
using ca::audit::AreaResult;

// ---------------------------------------------------------------------------
// [SECTION] Text output
// ---------------------------------------------------------------------------

std::string proposal_text(const AreaEvidence& a) {
    if (a.proposal != AreaResult::Unanswered)
        return std::string(ca::audit::result_label(a.proposal));
    return a.automatic ? "none (the rule cannot decide)" : "none (needs your judgement)";
}

std::string record_ids(const ca::Extract& x, const std::vector<ca::audit::RecordRef>& refs) {
    std::string s;
    for (const ca::audit::RecordRef& r : refs)
        s += (s.empty() ? "" : ", ") + ca::audit::record_label(x, r);
    return s;
}

void print_areas(const ca::Extract& x, const std::vector<AreaEvidence>& areas) {
    int counts[5] = {0, 0, 0, 0, 0}; // by AreaResult
    int n = 0;
    for (const AreaEvidence& a : areas) {
        ++counts[static_cast<int>(a.proposal)];
        std::printf("\n%2d. %s [%s]\n", ++n, a.title.c_str(), a.key.c_str());
        std::printf("    Proposal: %s\n", proposal_text(a).c_str());
        std::printf("    Checked:  %s\n", a.checked.c_str());
        std::printf("    Summary:  %s\n", a.summary.c_str());
        for (const ca::audit::EvidenceLine& l : a.lines) {
            const std::string ids = record_ids(x, l.records);
            std::printf("      %s %s%s%s%s\n", l.ok ? "-" : "!", l.text.c_str(),
                        ids.empty() ? "" : " [", ids.c_str(), ids.empty() ? "" : "]");
        }
    }
    std::printf("\nProposals: %d met, %d partly met, %d not met, %d not applicable, %d none\n",
                counts[static_cast<int>(AreaResult::Met)],
                counts[static_cast<int>(AreaResult::PartlyMet)],
                counts[static_cast<int>(AreaResult::NotMet)],
                counts[static_cast<int>(AreaResult::NotApplicable)],
                counts[static_cast<int>(AreaResult::Unanswered)]);
}

void print_policy(const ca::Policy& policy) {
    const ca::PolicyIdentity id = ca::policy_identity(policy);
    std::printf("Policy: %s, version %s, fingerprint %s\n", id.name.c_str(), id.version.c_str(),
                id.fingerprint.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] JSON output
// ---------------------------------------------------------------------------

using Json = nlohmann::ordered_json;

Json areas_json(const ca::Extract& x, const std::vector<AreaEvidence>& areas) {
    Json out = Json::array();
    for (const AreaEvidence& a : areas) {
        Json lines = Json::array();
        for (const ca::audit::EvidenceLine& l : a.lines) {
            Json records = Json::array();
            for (const ca::audit::RecordRef& r : l.records)
                records.push_back({{"kind", std::string(ca::audit::record_kind_key(r.kind))},
                                   {"id", ca::audit::record_label(x, r)}});
            lines.push_back({{"text", l.text}, {"ok", l.ok}, {"records", std::move(records)}});
        }
        out.push_back({{"key", a.key},
                       {"title", a.title},
                       {"automatic", a.automatic},
                       {"proposal", std::string(ca::audit::result_key(a.proposal))},
                       {"proposalLabel", std::string(ca::audit::result_label(a.proposal))},
                       {"checked", a.checked},
                       {"summary", a.summary},
                       {"lines", std::move(lines)}});
    }
    return out;
}

Json policy_json(const ca::Policy& policy) {
    const ca::PolicyIdentity id = ca::policy_identity(policy);
    return Json{{"name", id.name}, {"version", id.version}, {"fingerprint", id.fingerprint}};
}

void print_json(const Json& j) {
    const std::string text = j.dump(2, ' ', false, Json::error_handler_t::replace);
    std::printf("%s\n", text.c_str());
}

std::string worker_words(const ca::Extract& x, ca::Index w) {
    if (w >= x.workers.size())
        return "none";
    return std::string(x.text_of(x.workers[w].name)) + " (" +
           std::string(x.id_of(x.workers[w].id)) + ")";
}

// ---------------------------------------------------------------------------
// [SECTION] Command
// ---------------------------------------------------------------------------

const char* const k_usage =
    "usage: caseaudit evidence EXTRACT (--case ID [--date YYYY-MM-DD] | --supervision ID)\n"
    "                          [--policy FILE] [--no-writing] [--json]\n";

void case_report(const ca::Extract& x, const ca::Policy& policy, ca::Index c, ca::Date date,
                 bool date_is_as_at, bool writing, bool json) {
    ca::audit::CaseEvidence e = ca::audit::case_evidence(x, policy, c, date);
    if (writing) {
        // As the app does: the recording-quality assistant, with the council's own terms and
        // knowing the extract's names, reads the case's notes and fills the six writing areas
        // (counts, never a proposal).
        ca::text::TextAnalyser analyser(ca::audit::policy_word_lists(policy));
        analyser.add_known_words(ca::audit::extract_names(x));
        std::vector<std::string> dates;
        const std::vector<ca::text::NoteInput> notes =
            ca::audit::case_note_inputs(x, c, date, dates);
        const ca::text::CaseTextReport report =
            analyser.analyse_case(notes, ca::audit::person_name_words(x, x.cases[c].person));
        ca::audit::add_writing_indicators(e, x, report);
    }
    const std::string id(x.id_of(x.cases[c].id));
    if (json) {
        Json j;
        j["record"] = {{"kind", "case"}, {"id", id}};
        j["auditDate"] = ca::format_date(e.audit_date);
        j["worker"] = e.worker < x.workers.size()
                          ? Json(std::string(x.id_of(x.workers[e.worker].id)))
                          : Json(nullptr);
        j["writingIndicators"] = writing;
        j["policy"] = policy_json(policy);
        j["areas"] = areas_json(x, e.areas);
        print_json(j);
        return;
    }
    std::printf("Case %s, audited at %s%s\n", id.c_str(), ca::format_date_long(date).c_str(),
                date_is_as_at ? " (the extract's as-at date)" : "");
    print_policy(policy);
    std::printf("Primary worker (training): %s\n", worker_words(x, e.worker).c_str());
    print_areas(x, e.areas);
}

void supervision_report(const ca::Extract& x, const ca::Policy& policy, ca::Index s, bool json) {
    const ca::audit::SupervisionEvidence e = ca::audit::supervision_evidence(x, policy, s);
    const ca::Supervision& rec = x.supervisions[s];
    const std::string id(x.id_of(rec.id));
    if (json) {
        Json j;
        j["record"] = {{"kind", "supervision"}, {"id", id}};
        j["held"] = ca::format_date(rec.held);
        j["supervisee"] = std::string(x.id_of(x.workers[rec.supervisee].id));
        j["supervisor"] = std::string(x.id_of(x.workers[rec.supervisor].id));
        j["policy"] = policy_json(policy);
        j["areas"] = areas_json(x, e.items);
        print_json(j);
        return;
    }
    std::printf("Supervision %s, held %s: %s supervised by %s\n", id.c_str(),
                ca::format_date_long(rec.held).c_str(), worker_words(x, rec.supervisee).c_str(),
                worker_words(x, rec.supervisor).c_str());
    print_policy(policy);
    print_areas(x, e.items);
}

int run_evidence(int argc, char** argv) {
    ca::cli::CommonArgs common{"evidence", "--date"};
    const char* case_id = nullptr;
    const char* supervision_id = nullptr;
    bool json = false;
    bool writing = true;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--case") == 0 && i + 1 < argc && !case_id)
            case_id = argv[++i];
        else if (std::strcmp(a, "--supervision") == 0 && i + 1 < argc && !supervision_id)
            supervision_id = argv[++i];
        else if (std::strcmp(a, "--json") == 0)
            json = true;
        else if (std::strcmp(a, "--no-writing") == 0)
            writing = false;
        else if (!ca::cli::take_common_argument(argc, argv, i, common))
            return ca::cli::usage_error(k_usage);
    }
    // Exactly one record; a date only for a case (a supervision record is judged as held).
    if (!common.extract_path || (case_id != nullptr) == (supervision_id != nullptr) ||
        (supervision_id && common.date_text))
        return ca::cli::usage_error(k_usage);

    const ca::cli::LoadedInputs in = ca::cli::load_inputs(common, k_usage);
    if (!in)
        return in.status;
    const ca::Policy& policy = in->policy;
    const ca::Extract& x = in->extract();
    const std::optional<ca::Date>& date = in->date;
    const char* extract_path = common.extract_path;
    if (case_id) {
        const ca::Index c = x.find_case(case_id);
        if (c == ca::k_no_index) {
            std::fprintf(stderr, "%s: there is no case with the id \"%s\"\n", extract_path,
                         case_id);
            return 1;
        }
        case_report(x, policy, c, date ? *date : x.metadata.as_at, !date, writing, json);
    } else {
        const ca::Index s = x.supervision_by_id.find(x.ids.find(supervision_id));
        if (s == ca::k_no_index) {
            std::fprintf(stderr, "%s: there is no supervision record with the id \"%s\"\n",
                         extract_path, supervision_id);
            return 1;
        }
        supervision_report(x, policy, s, json);
    }
    return 0;
}

const ca::cli::Registration reg{"evidence",
                                "the audit checklist's evidence for a case or a "
                                "supervision record",
                                k_usage, run_evidence};

} // namespace

// caseaudit notes EXTRACT WORKBOOK [--sample ID] [--policy FILE]
//
// Prints the audit case notes of a workbook's audits (all of them, or those of one sample),
// the same text the app offers to paste into the case records (core/audit/case_note.h).
// The grades are computed with the policy given (default: the built-in one).
//
// When the workbook was saved with another extract, a warning goes to stderr and only the
// notes of audits whose records exist in this extract are printed (adopt_workbook: "offer
// what still applies"). Exit status: 0 printed (also when there is nothing to print), 1 the
// extract does not import, the workbook or policy file does not load, or the sample is not
// in the workbook, 2 usage.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/audit/case_note.h"
#include "core/audit/workbook.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace {

using namespace ca::audit;

const char* const k_usage =
    "usage: caseaudit notes EXTRACT WORKBOOK [--sample ID] [--policy FILE]\n";

int run_notes(int argc, char** argv) {
    ca::cli::CommonArgs common;
    const char* workbook_path = nullptr;
    const char* sample_id = nullptr;
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--sample") == 0 && i + 1 < argc)
            sample_id = argv[++i];
        else if (ca::cli::take_common_argument(argc, argv, i, common))
            continue;
        else if (a[0] != '-' && !workbook_path)
            workbook_path = a;
        else
            return ca::cli::usage_error(k_usage);
    }
    if (!common.extract_path || !workbook_path)
        return ca::cli::usage_error(k_usage);

    const ca::cli::LoadedInputs in = ca::cli::load_inputs(common, k_usage);
    if (!in)
        return in.status;
    const ca::Policy& policy = in->policy;
    const ca::Extract& ex = in->extract();

    std::optional<Workbook> loaded = ca::cli::load_workbook_or_report(workbook_path);
    if (!loaded)
        return 1;
    Workbook wb = std::move(*loaded);
    const WorkbookMatch match = match_workbook(wb, ex);
    if (!match.same_extract) {
        std::fprintf(stderr, "%s: warning: %s%s\n", workbook_path, match.message.c_str(),
                     match.audits_found.empty() || match.audits_missing.empty()
                         ? ""
                         : " Only the notes of the audits whose records are in this extract "
                           "are printed.");
        wb = adopt_workbook(wb, ex);
    }
    // The grades follow the bands of the policy in force now; say so when the workbook was
    // last saved under another.
    const std::string fingerprint = ca::policy_fingerprint(policy);
    if (!wb.policy_fingerprint.empty() && wb.policy_fingerprint != fingerprint)
        std::fprintf(stderr,
                     "%s: warning: the workbook was last saved under another policy "
                     "(fingerprint %s); grades are computed with %s, version %s (%s).\n",
                     workbook_path, wb.policy_fingerprint.c_str(), policy.name.c_str(),
                     policy.version.c_str(), fingerprint.c_str());

    if (sample_id) {
        bool known = wb.find_sample(sample_id) != nullptr;
        for (const Audit& a : wb.audits)
            known = known || a.sample_id == sample_id;
        if (!known) {
            std::string ids;
            for (const Sample& s : wb.samples)
                ids += (ids.empty() ? "" : ", ") + s.id;
            std::fprintf(stderr, "%s: no sample %s%s (samples: %s).\n", workbook_path, sample_id,
                         match.same_extract ? "" : " that applies to this extract",
                         ids.empty() ? "none" : ids.c_str());
            return 1;
        }
    }
    const std::string notes = audit_case_notes(wb, sample_id ? sample_id : "", ex, policy);
    if (notes.empty())
        std::fprintf(stderr, "%s: no audits to print.\n", workbook_path);
    std::fwrite(notes.data(), 1, notes.size(), stdout);
    return 0;
}

const ca::cli::Registration reg{"notes", "audit case notes of a workbook's audits", k_usage,
                                run_notes};

} // namespace

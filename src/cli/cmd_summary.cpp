// caseaudit summary FILE: what a case extract holds (counts by kind, as-at date, organisation)
// and how many warnings its import gave. Exit status as for validate.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/calendar/date.h"
#include "core/extract/checks.h"
#include "core/extract/import.h"

#include <cstdio>
#include <string>

namespace {

const char* const k_usage = "usage: caseaudit summary FILE\n";

int run_summary(int argc, char** argv) {
    if (argc != 2 || argv[1][0] == '-')
        return ca::cli::usage_error(k_usage);
    ca::ImportResult r = ca::import_extract_file(argv[1]);
    ca::run_model_checks(r);
    if (!r.ok()) {
        for (const ca::Finding& f : r.findings)
            std::fprintf(stderr, "%s\n", ca::format_finding(f).c_str());
        std::fprintf(stderr, "%s: NOT valid (%zu errors); run `caseaudit validate` for details\n",
                     argv[1], r.error_count);
        return 1;
    }
    const ca::Extract& x = *r.extract;
    const ca::Metadata& m = x.metadata;
    std::size_t open_cases = 0;
    for (const ca::Case& c : x.cases)
        if (c.status == ca::CaseStatus::Open)
            ++open_cases;
    std::printf("organisation:  %s%s%s%s\n", m.organisation_name.c_str(),
                m.organisation_code.empty() ? "" : " (", m.organisation_code.c_str(),
                m.organisation_code.empty() ? "" : ")");
    std::printf("as at:         %s\n", ca::format_date(m.as_at).c_str());
    std::printf("extracted at:  %s\n", ca::format_date_time(m.extracted_at).c_str());
    if (!m.source_system.empty())
        std::printf("source system: %s\n", m.source_system.c_str());
    const struct {
        const char* name;
        std::size_t n;
    } rows[] = {
        {"teams", x.teams.size()},
        {"workers", x.workers.size()},
        {"people", x.people.size()},
        {"cases", x.cases.size()},
        {"  open", open_cases},
        {"  closed", x.cases.size() - open_cases},
        {"allocations", x.allocations.size()},
        {"requests", x.requests.size()},
        {"case notes", x.notes.size()},
        {"assessments", x.assessments.size()},
        {"  sections", x.sections.size()},
        {"plans", x.plans.size()},
        {"services", x.services.size()},
        {"reviews", x.reviews.size()},
        {"safeguarding", x.safeguarding.size()},
        {"capacity assessments", x.capacity_assessments.size()},
        {"documents", x.documents.size()},
        {"supervisions", x.supervisions.size()},
        {"Director discussions", x.director_discussions.size()},
        {"audits on file", x.audits.size()},
    };
    for (const auto& row : rows)
        std::printf("%-22s %zu\n", row.name, row.n);
    std::printf("warnings:     %zu\nnotices:      %zu\n", r.warning_count, r.notice_count);
    return 0;
}

const ca::cli::Registration reg{"summary", "counts, as-at date and organisation of an extract",
                                k_usage, run_summary};

} // namespace

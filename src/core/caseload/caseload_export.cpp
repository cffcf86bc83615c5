// Case Audit - caseload table export: CSV for Excel, JSON for the command-line tool.
//
// Index of this file:
// [SECTION] CSV
// [SECTION] JSON
#include "core/caseload/caseload.h"
#include "core/export/csv.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace ca {

namespace {

std::string findings_cell(const CaseloadResult& r, const WorkerCaseload& w) {
    std::string out;
    for (std::size_t f : w.findings) {
        if (!out.empty())
            out += " | ";
        out += std::string(caseload_severity_name(r.findings[f].severity)) + ": " +
               r.findings[f].message;
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] CSV
// ---------------------------------------------------------------------------

std::string caseload_table_csv(const CaseloadResult& r) {
    std::vector<int> all(r.workers.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = static_cast<int>(i);
    return caseload_table_csv(r, all, {});
}

std::string caseload_table_csv(const CaseloadResult& r, const std::vector<int>& rows,
                               std::string_view shown) {
    const auto valid = [&r](int row) {
        return row >= 0 && static_cast<std::size_t>(row) < r.workers.size();
    };
    const auto shown_count = std::count_if(rows.begin(), rows.end(), valid);
    CsvWriter csv;
    // Which policy and date produced the table travel with it.
    csv.cell("Caseloads on").cell(format_date(r.date)).end_row();
    csv.cell("Policy")
        .cell(r.policy.name)
        .cell("version " + r.policy.version)
        .cell("fingerprint " + r.policy.fingerprint)
        .end_row();
    if (!shown.empty())
        csv.cell("Shown")
            .cell(std::string(shown))
            .cell(std::to_string(shown_count) + " of " + std::to_string(r.workers.size()) +
                  " workers")
            .end_row();
    csv.row({"Team", "Team id", "Worker", "Worker id", "Role", "In post", "ASYE", "Caseload",
             "Primary cases", "Secondary-only cases", "Level", "Absolute limit", "Level source",
             "Level basis", "Headroom", "Worst finding", "Findings"});
    for (const int row : rows) {
        if (!valid(row))
            continue;
        const WorkerCaseload& w = r.workers[static_cast<std::size_t>(row)];
        csv.cell(w.team_name).cell(w.team_id).cell(w.worker_name).cell(w.worker_id);
        csv.cell(enum_name(w.role)).cell(w.employed ? "yes" : "no").cell(w.in_asye ? "yes" : "no");
        csv.number(w.caseload).number(w.primary_cases).number(w.secondary_cases);
        if (w.level.applies())
            csv.number(w.level.upper).number(w.level.absolute);
        else
            csv.empty().empty();
        csv.cell(level_source_name(w.level.source)).cell(w.level.description);
        if (w.level.applies())
            csv.number(w.headroom);
        else
            csv.empty();
        csv.cell(w.worst ? caseload_severity_name(*w.worst) : "");
        csv.cell(findings_cell(r, w));
        csv.end_row();
    }
    return csv.str();
}

// ---------------------------------------------------------------------------
// [SECTION] JSON
// ---------------------------------------------------------------------------

std::string caseload_result_json(const CaseloadResult& r) {
    using Json = nlohmann::ordered_json;
    Json workers = Json::array();
    for (const WorkerCaseload& w : r.workers) {
        Json level = {{"source", std::string(level_source_name(w.level.source))}};
        if (w.level.applies()) {
            level["upper"] = w.level.upper;
            level["absolute"] = w.level.absolute;
            level["normalUpper"] = w.level.normal_upper;
            level["normalSource"] = std::string(level_source_name(w.level.normal_source));
            level["description"] = w.level.description;
        }
        if (w.level.source == LevelSource::Asye) {
            // Rounded for reading; the rules use the unrounded values.
            level["asyeMonths"] = std::round(w.level.asye_months * 1000.0) / 1000.0;
            level["asyeFraction"] = std::round(w.level.asye_fraction * 10000.0) / 10000.0;
            level["asyeBasis"] = std::round(w.level.asye_basis * 100.0) / 100.0;
            level["asyeBasisKind"] =
                w.level.asye_basis_kind == AsyeBasis::TeamUpper ? "team-upper" : "team-mean";
            level["protectedLevel"] = w.level.protected_level;
        }
        Json findings = Json::array();
        for (std::size_t f : w.findings)
            findings.push_back(f);
        Json row = {{"workerId", w.worker_id},
                    {"worker", w.worker_name},
                    {"teamId", w.team_id},
                    {"team", w.team_name},
                    {"role", std::string(enum_name(w.role))},
                    {"inPost", w.employed},
                    {"asye", w.in_asye},
                    {"caseload", w.caseload},
                    {"primaryCases", w.primary_cases},
                    {"secondaryOnlyCases", w.secondary_cases},
                    {"level", level}};
        row["headroom"] = w.level.applies() ? Json(w.headroom) : Json(nullptr);
        row["findings"] = findings;
        workers.push_back(std::move(row));
    }
    Json teams = Json::array();
    for (const TeamCaseload& t : r.teams) {
        Json row = {{"teamId", t.team_id},
                    {"team", t.team_name},
                    {"kind", std::string(enum_name(t.kind))},
                    {"workers", t.workers},
                    {"cases", t.cases},
                    {"limitedWorkers", t.limited_workers},
                    {"overLevel", t.over_level},
                    {"overAbsolute", t.over_absolute},
                    {"source", std::string(level_source_name(t.source))}};
        row["upper"] = t.source == LevelSource::None ? Json(nullptr) : Json(t.upper);
        row["absolute"] = t.source == LevelSource::None ? Json(nullptr) : Json(t.absolute);
        row["meanCaseload"] =
            t.mean_of > 0 ? Json(std::round(t.mean_caseload * 100.0) / 100.0) : Json(nullptr);
        row["meanOf"] = t.mean_of;
        teams.push_back(std::move(row));
    }
    Json findings = Json::array();
    for (const CaseloadFinding& f : r.findings) {
        Json row = {{"severity", std::string(caseload_severity_name(f.severity))},
                    {"code", f.code},
                    {"message", f.message},
                    {"workerId", f.worker_id},
                    {"teamId", f.team_id},
                    {"caseIds", f.case_ids}};
        row["directorDiscussionId"] =
            f.director_discussion_id.empty() ? Json(nullptr) : Json(f.director_discussion_id);
        findings.push_back(std::move(row));
    }
    const Json out = {{"date", format_date(r.date)},
                      {"policy",
                       {{"name", r.policy.name},
                        {"version", r.policy.version},
                        {"fingerprint", r.policy.fingerprint}}},
                      {"countSecondary", r.count_secondary},
                      {"workers", workers},
                      {"teams", teams},
                      {"findings", findings}};
    return out.dump(2) + "\n";
}

} // namespace ca

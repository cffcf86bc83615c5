// Case Audit - the Caseloads section: every team and worker against the caseload policy on
// a chosen date, with the findings a manager needs to act on, and a drill-down from a
// worker to their cases, their ASYE year and their last twelve months.
//
// The numbers all come from the core (core/caseload); this file only lays them out.
//
// Index of this file:
// [SECTION] Helpers
// [SECTION] Toolbar (date, policy, export)
// [SECTION] Workers table
// [SECTION] Worker detail (findings, bar, ASYE chart, history, cases)
// [SECTION] Teams table
// [SECTION] Findings list
// [SECTION] The view
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "app/ui/widgets.h"
#include "app/views/views.h"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>

namespace ca::app {
namespace {

// ---------------------------------------------------------------------------
// [SECTION] Helpers
// ---------------------------------------------------------------------------

// Severity in words and a marker as well as colour: colour is never the only signal.
void severity_label(CaseloadSeverity s) {
    switch (s) {
    case CaseloadSeverity::Critical:
        status_label(colors::status_bad, "(!!) Critical");
        break;
    case CaseloadSeverity::High:
        status_label(colors::status_warn, "(!) High");
        break;
    case CaseloadSeverity::Notice:
        status_label(colors::text_muted, "(i) Notice");
        break;
    case CaseloadSeverity::DataQuality:
        status_label(colors::text_muted, "(?) Data");
        break;
    }
}

void worst_label(const WorkerCaseload& w) {
    if (w.worst)
        severity_label(*w.worst);
    else if (w.level.applies())
        status_label(colors::status_good, "Within level");
    else
        status_label(colors::text_muted, "No limit");
}

// The largest number any bar of the table must show, so that all bars share one scale and
// can be compared down the column.
int bar_scale(const CaseloadResult& r) {
    int top = 1;
    for (const WorkerCaseload& w : r.workers)
        top = std::max({top, w.caseload, w.level.absolute, w.level.upper});
    return top + 2;
}

// A bar of the caseload against the worker's level (dark tick) and absolute limit (red tick),
// on a scale of 0..scale_max cases; hovering it gives the numbers in words.
void caseload_bar(const WorkerCaseload& w, float width, int scale_max) {
    const float h = ImGui::GetTextLineHeight() * 0.8f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto x_of = [&](int n) {
        return p.x + width * static_cast<float>(n) / static_cast<float>(scale_max);
    };
    const float y0 = p.y + (ImGui::GetTextLineHeight() - h) * 0.5f;
    dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + width, y0 + h), IM_COL32(232, 236, 240, 255));
    ImU32 fill = colors::accent;
    if (w.level.applies() && w.caseload > w.level.absolute)
        fill = colors::status_bad;
    else if (w.level.applies() && w.caseload > w.level.upper)
        fill = colors::status_warn;
    dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(x_of(w.caseload), y0 + h), fill);
    if (w.level.applies()) {
        dl->AddLine(ImVec2(x_of(w.level.upper), y0 - 2), ImVec2(x_of(w.level.upper), y0 + h + 2),
                    IM_COL32(27, 39, 51, 255), 2.0f);
        dl->AddLine(ImVec2(x_of(w.level.absolute), y0 - 2),
                    ImVec2(x_of(w.level.absolute), y0 + h + 2), colors::status_bad, 2.0f);
    }
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    if (ImGui::IsItemHovered()) {
        if (w.level.applies())
            ImGui::SetTooltip("%d cases; level %d; absolute limit %d", w.caseload, w.level.upper,
                              w.level.absolute);
        else
            ImGui::SetTooltip("%d cases; no limit applies", w.caseload);
    }
}

bool matches_filter(const WorkerCaseload& w, const char* filter) {
    if (filter[0] == '\0')
        return true;
    const auto contains = [&](const std::string& hay) {
        const auto it = std::search(hay.begin(), hay.end(), filter, filter + std::strlen(filter),
                                    [](char a, char b) {
                                        return std::tolower(static_cast<unsigned char>(a)) ==
                                               std::tolower(static_cast<unsigned char>(b));
                                    });
        return it != hay.end();
    };
    return contains(w.worker_name) || contains(w.team_name) || contains(w.worker_id);
}

// A row of the worker table is shown: it matches the search and, when ticked, has findings.
bool row_shown(const CaseloadsState& c, const WorkerCaseload& w) {
    return matches_filter(w, c.filter) && !(c.only_with_findings && w.findings.empty());
}

// Exports the rows the table shows, in its order; a file of some of the workers says so in
// its name and its third line, and the app says where the file went.
void export_shown_rows(AppState& state) {
    CaseloadsState& c = state.caseloads;
    const CaseloadResult& r = *c.result;
    std::vector<int> rows;
    for (const int i : c.order)
        if (row_shown(c, r.workers[static_cast<std::size_t>(i)]))
            rows.push_back(i);
    if (c.order.size() != r.workers.size()) { // not sorted yet: the core's order
        rows.clear();
        for (std::size_t i = 0; i < r.workers.size(); ++i)
            if (row_shown(c, r.workers[i]))
                rows.push_back(static_cast<int>(i));
    }
    std::string shown;
    std::string suffix;
    if (c.only_with_findings) {
        shown = "Only workers with findings";
        suffix += "-with-findings";
    }
    if (c.filter[0] != '\0') {
        shown += std::string(shown.empty() ? "" : "; ") + "search \"" + c.filter + "\"";
        suffix += "-filtered";
    }
    const std::string name = "caseloads-" + format_date(r.date) + suffix + ".csv";
    platform::save_file(name, "text/csv", caseload_table_csv(r, rows, shown));
    c.export_notice = "Saved " + name + " to your downloads: " + std::to_string(rows.size()) +
                      " of " + std::to_string(r.workers.size()) + " workers" +
                      (shown.empty() ? "." : " (" + shown + ").");
    state.announcement = c.export_notice;
}

// ---------------------------------------------------------------------------
// [SECTION] Toolbar
// ---------------------------------------------------------------------------

void set_date(CaseloadsState& c, Date d) {
    c.date = d;
    const std::string iso = format_date(d);
    std::snprintf(c.date_text, sizeof c.date_text, "%s", iso.c_str());
    c.date_invalid = false;
}

void draw_toolbar(AppState& state) {
    CaseloadsState& c = state.caseloads;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Caseloads on");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
    if (ImGui::InputText("##date", c.date_text, sizeof c.date_text)) {
        if (const std::optional<Date> d = parse_date(c.date_text)) {
            c.date = *d;
            c.date_invalid = false;
        } else {
            c.date_invalid = true;
        }
    }
    same_line_if_fits(button_width("< Month"));
    if (ImGui::Button("< Month"))
        set_date(c, add_months(c.date, -1));
    same_line_if_fits(button_width("Month >"));
    if (ImGui::Button("Month >"))
        set_date(c, add_months(c.date, 1));
    same_line_if_fits(button_width("As-at date"));
    if (ImGui::Button("As-at date"))
        set_date(c, default_caseload_date(*state.extract));
    same_line_if_fits(button_width("Export table (CSV)"));
    if (c.result && primary_button("Export table (CSV)"))
        export_shown_rows(state);
    if (!c.export_notice.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        status_label(colors::status_good, ("(ok) " + c.export_notice).c_str());
        ImGui::PopTextWrapPos();
    }
    if (c.date_invalid)
        status_label(colors::status_bad,
                     "(x) Write the date as YYYY-MM-DD, for a day that exists.");
    if (c.result) {
        const PolicyIdentity& p = c.result->policy;
        muted_textf("%s, as on %s. Policy: %s (%s, %s; fingerprint %s).",
                    state.extract->metadata.organisation_name.c_str(),
                    format_date_long(c.result->date).c_str(), p.name.c_str(), p.version.c_str(),
                    state.policy.source.c_str(), p.fingerprint.c_str());
    }
}

void draw_summary(const CaseloadResult& r) {
    const int critical = r.count(CaseloadSeverity::Critical);
    const int high = r.count(CaseloadSeverity::High);
    const int notice = r.count(CaseloadSeverity::Notice);
    const int data = r.count(CaseloadSeverity::DataQuality);
    char text[64];
    std::snprintf(text, sizeof text, "(!!) %d critical", critical);
    status_label(critical > 0 ? colors::status_bad : colors::text_muted, text);
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    std::snprintf(text, sizeof text, "(!) %d high", high);
    status_label(high > 0 ? colors::status_warn : colors::text_muted, text);
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    std::snprintf(text, sizeof text, "(i) %d notices", notice);
    status_label(colors::text_muted, text);
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    std::snprintf(text, sizeof text, "(?) %d data quality", data);
    status_label(colors::text_muted, text);
}

// ---------------------------------------------------------------------------
// [SECTION] Workers table
// ---------------------------------------------------------------------------

enum WorkerColumn { ColWorker, ColTeam, ColCases, ColLevel, ColHeadroom, ColStatus, ColBar };

int severity_rank(const WorkerCaseload& w) {
    return w.worst ? static_cast<int>(*w.worst) : 10 + (w.level.applies() ? 0 : 1);
}

void sort_rows(CaseloadsState& c, const ImGuiTableSortSpecs* specs) {
    const std::vector<WorkerCaseload>& rows = c.result->workers;
    c.order.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        c.order[i] = static_cast<int>(i);
    if (specs == nullptr || specs->SpecsCount == 0)
        return;
    const ImGuiTableColumnSortSpecs& s = specs->Specs[0];
    const bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
    std::stable_sort(c.order.begin(), c.order.end(), [&](int ia, int ib) {
        const WorkerCaseload& a = rows[static_cast<std::size_t>(ia)];
        const WorkerCaseload& b = rows[static_cast<std::size_t>(ib)];
        int cmp = 0;
        switch (s.ColumnUserID) {
        case ColWorker:
            cmp = a.worker_name.compare(b.worker_name);
            break;
        case ColTeam:
            cmp = a.team_name.compare(b.team_name);
            break;
        case ColCases:
        case ColBar:
            cmp = a.caseload - b.caseload;
            break;
        case ColLevel:
            cmp = a.level.upper - b.level.upper;
            break;
        case ColHeadroom:
            cmp = a.headroom - b.headroom;
            break;
        case ColStatus:
            cmp = severity_rank(a) - severity_rank(b);
            break;
        default:
            break;
        }
        return asc ? cmp < 0 : cmp > 0;
    });
}

void draw_workers_table(CaseloadsState& c) {
    const CaseloadResult& r = *c.result;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    ImGui::InputTextWithHint("##filter", "Filter by worker or team", c.filter, sizeof c.filter);
    ImGui::SameLine();
    ImGui::Checkbox("Only workers with findings", &c.only_with_findings);
    const float height = ImGui::GetContentRegionAvail().y;

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!begin_table("##workers", 7, flags, ImVec2(0, height)))
        return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Worker", ImGuiTableColumnFlags_DefaultSort, 2.0f, ColWorker);
    ImGui::TableSetupColumn("Team", 0, 1.7f, ColTeam);
    ImGui::TableSetupColumn("Cases", ImGuiTableColumnFlags_PreferSortDescending, 0.9f, ColCases);
    ImGui::TableSetupColumn("Level", 0, 2.2f, ColLevel);
    ImGui::TableSetupColumn("Headroom", 0, 1.3f, ColHeadroom);
    ImGui::TableSetupColumn("Status", 0, 1.3f, ColStatus);
    ImGui::TableSetupColumn("Against level", ImGuiTableColumnFlags_NoSort, 1.5f, ColBar);
    table_headers_row();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty || c.resort || c.order.size() != r.workers.size()) {
            sort_rows(c, specs);
            specs->SpecsDirty = false;
            c.resort = false;
        }
    }
    const int scale = bar_scale(r);
    for (const int i : c.order) {
        const WorkerCaseload& w = r.workers[static_cast<std::size_t>(i)];
        if (!row_shown(c, w))
            continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(i);
        const bool selected = c.selected_worker == w.worker;
        if (ImGui::Selectable(w.worker_name.c_str(), selected,
                              ImGuiSelectableFlags_SpanAllColumns |
                                  ImGuiSelectableFlags_AllowItemOverlap))
            c.selected_worker = w.worker;
        ImGui::PopID();
        ImGui::TableNextColumn();
        cell_text(w.team_name.c_str()); // the cell may be cut short: hover shows it whole
        ImGui::TableNextColumn();
        ImGui::Text("%d", w.caseload);
        ImGui::TableNextColumn();
        cell_text(w.level.applies() ? w.level.description.c_str() : "none");
        ImGui::TableNextColumn();
        if (w.level.applies())
            ImGui::Text("%+d", w.headroom);
        ImGui::TableNextColumn();
        worst_label(w);
        ImGui::TableNextColumn();
        caseload_bar(w, std::max(em * 4.0f, ImGui::GetContentRegionAvail().x), scale);
    }
    ImGui::EndTable();
}

// ---------------------------------------------------------------------------
// [SECTION] Worker detail
// ---------------------------------------------------------------------------

// The ASYE year: the protected level (line) against the caseload held (dots), month by month.
void draw_asye_chart(const std::vector<AsyePoint>& points, float width) {
    const float em = ImGui::GetFontSize();
    const float height = em * 7.0f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int top = 1;
    for (const AsyePoint& a : points)
        top = std::max({top, a.protected_level, a.caseload});
    top += 2;
    const float left = p.x + em * 2.0f;
    const float plot_w = width - em * 2.5f;
    const auto x_of = [&](double months) {
        return left + plot_w * static_cast<float>(months / 12.0);
    };
    const auto y_of = [&](int n) {
        return p.y + height - height * static_cast<float>(n) / static_cast<float>(top);
    };
    dl->AddRect(ImVec2(left, p.y), ImVec2(left + plot_w, p.y + height),
                IM_COL32(200, 206, 212, 255));
    char label[16];
    std::snprintf(label, sizeof label, "%d", top);
    dl->AddText(ImVec2(p.x, p.y), colors::text_muted, label);
    dl->AddText(ImVec2(p.x, p.y + height - em), colors::text_muted, "0");
    for (std::size_t i = 1; i < points.size(); ++i)
        dl->AddLine(ImVec2(x_of(points[i - 1].months), y_of(points[i - 1].protected_level)),
                    ImVec2(x_of(points[i].months), y_of(points[i].protected_level)),
                    IM_COL32(27, 39, 51, 255), 2.0f);
    for (const AsyePoint& a : points) {
        const bool over = a.caseload > a.protected_level;
        const ImVec2 c(x_of(a.months), y_of(a.caseload));
        if (over) // over: a filled square, not only a different colour
            dl->AddRectFilled(ImVec2(c.x - 4, c.y - 4), ImVec2(c.x + 4, c.y + 4),
                              colors::status_bad);
        else
            dl->AddCircleFilled(c, 4.0f, colors::accent);
    }
    ImGui::Dummy(ImVec2(width, height + 2));
    muted_text("Line: protected caseload allowed. Dot: cases held; a square marks a month above "
               "the protected level. Months 0 to 12 of the ASYE.");
}

void draw_worker_detail(AppState& state, const WorkerCaseload& w) {
    const CaseloadsState& c = state.caseloads;
    const CaseloadResult& r = *c.result;
    heading_text(w.worker_name.c_str());
    ImGui::Text("%s, %s", display_name(enum_name(w.role)).c_str(), w.team_name.c_str());
    ImGui::Text("%d open cases (%d primary, %d secondary only)", w.caseload, w.primary_cases,
                w.secondary_cases);
    ImGui::Text("Level: %s", w.level.applies() ? w.level.description.c_str() : "no limit applies");
    caseload_bar(w, ImGui::GetContentRegionAvail().x, bar_scale(r));

    if (!w.findings.empty()) {
        ImGui::Spacing();
        for (const std::size_t f : w.findings) {
            const CaseloadFinding& fi = r.findings[f];
            severity_label(fi.severity);
            ImGui::SameLine();
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(fi.message.c_str());
            ImGui::PopTextWrapPos();
            if (!fi.director_discussion_id.empty())
                muted_textf("Director discussion on record: %s", fi.director_discussion_id.c_str());
        }
    }

    // The drill-down lists follow the selection from the next frame (App::update_caseloads).
    const bool detail_ready = c.detail_worker == w.worker;
    if (w.in_asye && detail_ready) {
        ImGui::Spacing();
        heading_text("ASYE year");
        draw_asye_chart(c.detail_asye, ImGui::GetContentRegionAvail().x);
    }

    if (c.history) {
        for (const CaseloadHistory::Row& h : c.history->workers) {
            if (h.index != w.worker || h.counts.empty())
                continue;
            ImGui::Spacing();
            heading_text("Last 12 months");
            std::vector<float> values(h.counts.begin(), h.counts.end());
            ImGui::PlotLines("##history", values.data(), static_cast<int>(values.size()), 0,
                             nullptr, 0.0f, FLT_MAX,
                             ImVec2(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 4));
            muted_textf("%d cases on %s; %d on %s (monthly points)", h.counts.front(),
                        format_date_long(c.history->dates.front()).c_str(), h.counts.back(),
                        format_date_long(c.history->dates.back()).c_str());
        }
    }

    ImGui::Spacing();
    heading_text("Cases on this date");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH;
    if (detail_ready && begin_table("##cases", 4, flags)) {
        ImGui::TableSetupColumn("Case");
        ImGui::TableSetupColumn("Person");
        ImGui::TableSetupColumn("Allocation");
        ImGui::TableSetupColumn("Since");
        table_headers_row();
        for (const CaseListRow& row : c.detail_cases) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.case_id.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.person_name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row.role == AllocationRole::Primary
                                       ? "primary"
                                       : (row.counted ? "secondary" : "secondary (not counted)"));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(format_date(row.allocated_from).c_str());
        }
        ImGui::EndTable();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Teams table
// ---------------------------------------------------------------------------

void draw_teams_table(const CaseloadsState& c) {
    const CaseloadResult& r = *c.result;
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (begin_table("##teams", 7, flags)) {
        ImGui::TableSetupColumn("Team", 0, 2.0f);
        ImGui::TableSetupColumn("Kind", 0, 1.0f);
        ImGui::TableSetupColumn("Level", 0, 1.6f);
        ImGui::TableSetupColumn("Workers", 0, 0.8f);
        ImGui::TableSetupColumn("Cases", 0, 0.8f);
        ImGui::TableSetupColumn("Above level", 0, 1.0f);
        ImGui::TableSetupColumn("Above absolute", 0, 1.0f);
        table_headers_row();
        for (const TeamCaseload& t : r.teams) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(t.team_name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(display_name(enum_name(t.kind)).c_str());
            ImGui::TableNextColumn();
            if (t.source == LevelSource::None)
                ImGui::TextUnformatted("no limit");
            else
                ImGui::Text("%d / %d (%s)", t.upper, t.absolute,
                            std::string(level_source_name(t.source)).c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.workers);
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.cases);
            ImGui::TableNextColumn();
            ImGui::Text("%d", t.over_level);
            ImGui::TableNextColumn();
            if (t.over_absolute > 0) {
                char text[32];
                std::snprintf(text, sizeof text, "(!!) %d", t.over_absolute);
                status_label(colors::status_bad, text);
            } else {
                ImGui::TextUnformatted("0");
            }
        }
        ImGui::EndTable();
    }
    if (c.history && !c.history->teams.empty()) {
        ImGui::Spacing();
        heading_text("Cases held by each team, last 12 months");
        for (const CaseloadHistory::Row& h : c.history->teams) {
            std::vector<float> values(h.counts.begin(), h.counts.end());
            ImGui::PlotLines(h.name.c_str(), values.data(), static_cast<int>(values.size()), 0,
                             nullptr, 0.0f, FLT_MAX,
                             ImVec2(ImGui::GetFontSize() * 24, ImGui::GetFontSize() * 3));
        }
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Findings list
// ---------------------------------------------------------------------------

void draw_findings(CaseloadsState& c) {
    const CaseloadResult& r = *c.result;
    if (r.findings.empty()) {
        paragraph("No findings on this date: every worker is within their level.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!begin_table("##findings", 3, flags, ImVec2(0, ImGui::GetContentRegionAvail().y)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Severity", 0, 0.8f);
    ImGui::TableSetupColumn("Worker", 0, 1.4f);
    ImGui::TableSetupColumn("Finding", 0, 5.0f);
    table_headers_row();
    for (std::size_t i = 0; i < r.findings.size(); ++i) {
        const CaseloadFinding& f = r.findings[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        severity_label(f.severity);
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(i));
        if (f.worker == k_no_index) {
            // A team's finding (its own limits above the policy's): no worker to drill into.
            ImGui::TextUnformatted(("Team " + f.team_id).c_str());
        } else if (ImGui::Selectable(f.worker_name.c_str(), c.selected_worker == f.worker)) {
            c.selected_worker = f.worker; // drill down: the worker's detail, on Workers
            c.show_workers_tab = true;
        }
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(f.message.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::EndTable();
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The view
// ---------------------------------------------------------------------------

void draw_caseloads_view(AppState& state) {
    title_text("Caseloads");
    if (!state.extract || !state.caseloads.result) {
        empty_state("Check caseloads against the policy",
                    "For any date, this section lists every team and worker with their open "
                    "cases, the level that applies to them (the upper caseload of 25 and "
                    "absolute limit of 28 for qualified social workers in community teams, "
                    "lower team limits, the protected caseload of ASYE social workers) and "
                    "whether each deviation has been discussed with the Director.");
        draw_needs_extract(state);
        return;
    }
    CaseloadsState& c = state.caseloads;
    draw_toolbar(state);
    draw_summary(*c.result);
    ImGui::Spacing();

    if (ImGui::BeginTabBar("##caseload-tabs")) {
        const ImGuiTabItemFlags workers_flags =
            c.show_workers_tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        c.show_workers_tab = false;
        if (ImGui::BeginTabItem("Workers", nullptr, workers_flags)) {
            const float avail = ImGui::GetContentRegionAvail().x;
            const bool detail = c.selected_worker != k_no_index;
            const float table_w = detail ? avail * 0.62f : avail;
            begin_pane("##workers-pane", ImVec2(table_w, 0));
            draw_workers_table(c);
            ImGui::EndChild();
            if (detail) {
                ImGui::SameLine();
                begin_pane("##worker-detail", ImVec2(0, 0), true);
                const WorkerCaseload* w = nullptr;
                for (const WorkerCaseload& row : c.result->workers)
                    if (row.worker == c.selected_worker)
                        w = &row;
                if (ImGui::SmallButton("Close"))
                    c.selected_worker = k_no_index;
                if (w != nullptr)
                    draw_worker_detail(state, *w);
                else
                    paragraph("This worker has no caseload row on this date (not in post).");
                ImGui::EndChild();
            }
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem("Teams")) {
            draw_teams_table(c);
            ImGui::EndTabItem();
        }
        char findings_label[48];
        std::snprintf(findings_label, sizeof findings_label, "Findings (%zu)###findings",
                      c.result->findings.size());
        if (ImGui::BeginTabItem(findings_label)) {
            draw_findings(c);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

} // namespace ca::app

// Case Audit - the report as one printable HTML document (see report_export.h).
//
// Index of this file:
// [SECTION] Escaping and numbers
// [SECTION] The page (head, CSP, print CSS)
// [SECTION] Tables
// [SECTION] Charts (inline SVG)
// [SECTION] Sections
// [SECTION] The document
#include "core/report/report_export.h"

#include <algorithm>
#include <cstdio>

namespace ca::report {

// ---------------------------------------------------------------------------
// [SECTION] Escaping and numbers
// ---------------------------------------------------------------------------

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

using std::string;
using std::string_view;

string num(int n) {
    return std::to_string(n);
}

// "83.3%": one decimal, as the app shows it.
string pct(double p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", p);
    return buf;
}

// ---------------------------------------------------------------------------
// [SECTION] The page
// ---------------------------------------------------------------------------

// No script, no network: nothing but this document's own inline styles (and inline SVG,
// which is part of the document). default-src 'none' covers images, fonts, frames and
// connections; form-action and base-uri are not covered by it, so they are named.
constexpr string_view k_csp =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

constexpr string_view k_css = R"(
:root { color: #1a1a1a; background: #fff; }
body { font-family: "Open Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
  margin: 2em auto; max-width: 60em; padding: 0 1em; }
.marking { font-weight: 700; letter-spacing: 0.05em; text-align: center; border: 2px solid #1a1a1a;
  padding: 0.2em; margin: 0 0 1em; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
nav li { margin: 0.15em 0; }
nav a { display: inline-block; min-height: 24px; line-height: 24px; }
h2 { font-size: 1.3em; margin: 1.6em 0 0.4em; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.3em; }
table { border-collapse: collapse; margin: 0.4em 0 1em; font-size: 9pt; }
caption { text-align: left; font-weight: 700; padding: 0.2em 0; }
th, td { border: 1px solid #6b6b6b; padding: 0.15em 0.4em; vertical-align: top; }
thead th { background: #e8e8e8; }
tbody th { text-align: left; font-weight: 600; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.flag { font-weight: 700; }
figure { margin: 0.5em 0 1em; }
figcaption { font-weight: 700; }
.note { font-size: 9pt; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; }
dl.meta dt { font-weight: 700; }
dl.meta dd { margin: 0; }
@page { size: A4; margin: 18mm 14mm 18mm 14mm;
  @top-center { content: "OFFICIAL-SENSITIVE"; font: 700 9pt Arial, sans-serif; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  h2, h3, caption, figcaption { break-after: avoid; }
  tr, figure, li { break-inside: avoid; }
  thead { display: table-header-group; }
  table { width: 100%; }
}
)";

// ---------------------------------------------------------------------------
// [SECTION] Tables
// ---------------------------------------------------------------------------

// A table written cell by cell; every text passed in is escaped here.
class Table {
public:
    Table(string& out, string_view caption, const std::vector<string>& header) : out_(out) {
        out_ += "<table>\n<caption>" + html_escape(caption) + "</caption>\n<thead><tr>";
        for (const string& h : header)
            out_ += "<th scope=\"col\">" + html_escape(h) + "</th>";
        out_ += "</tr></thead>\n<tbody>\n";
    }
    ~Table() { out_ += "</tbody>\n</table>\n"; }
    Table(const Table&) = delete;
    Table& operator=(const Table&) = delete;
    Table& row_head(string_view text) {
        open();
        out_ += "<th scope=\"row\">" + html_escape(text) + "</th>";
        return *this;
    }
    Table& text(string_view text) {
        open();
        out_ += "<td>" + html_escape(text) + "</td>";
        return *this;
    }
    Table& flag(string_view text, bool flagged) {
        open();
        out_ += flagged ? "<td class=\"flag\">" + html_escape(text) + "</td>"
                        : "<td>" + html_escape(text) + "</td>";
        return *this;
    }
    Table& number(string_view text) {
        open();
        out_ += "<td class=\"n\">" + html_escape(text) + "</td>";
        return *this;
    }
    Table& number(int n) { return number(num(n)); }
    Table& span(string_view text, int columns) {
        open();
        out_ += "<td colspan=\"" + num(columns) + "\">" + html_escape(text) + "</td>";
        return *this;
    }
    void end_row() {
        if (open_)
            out_ += "</tr>\n";
        open_ = false;
    }

private:
    void open() {
        if (!open_)
            out_ += "<tr>";
        open_ = true;
    }
    string& out_;
    bool open_ = false;
};

void empty_note(string& out, bool empty, string_view what) {
    if (empty)
        out += "<p class=\"note\">" + html_escape(what) + "</p>\n";
}

// ---------------------------------------------------------------------------
// [SECTION] Charts
// ---------------------------------------------------------------------------
// Each chart is a figure: an SVG with role="img", a <title> and a <desc> that says what it
// shows in words, its numbers printed on it, and the table of the same numbers after it.
// Fills differ in lightness and pattern as well as hue, so colour is never the only signal.

struct Series {
    string label;
    string fill; // a colour or "url(#id)"
};

const Series k_grade_series[5] = {{"Outstanding", "#1b5e20"},
                                  {"Good", "url(#ca-hatch-good)"},
                                  {"Requires improvement", "#f0b400"},
                                  {"Inadequate", "url(#ca-hatch-inadequate)"},
                                  {"Not graded", "#bdbdbd"}};

constexpr string_view k_patterns =
    "<defs><pattern id=\"ca-hatch-good\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
    "<rect width=\"6\" height=\"6\" fill=\"#66bb6a\"/><path d=\"M0 6L6 0\" stroke=\"#1a1a1a\" "
    "stroke-width=\"1\"/></pattern><pattern id=\"ca-hatch-inadequate\" width=\"6\" "
    "height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" "
    "fill=\"#c62828\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#fff\" stroke-width=\"1\"/>"
    "</pattern></defs>";

void svg_open(string& out, const string& id, int width, int height, string_view title,
              string_view desc) {
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + num(width) +
           "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
           "\" aria-labelledby=\"" + id + "-t " + id + "-d\"><title id=\"" + id + "-t\">" +
           html_escape(title) + "</title><desc id=\"" + id + "-d\">" + html_escape(desc) +
           "</desc>";
}

// Vertical bars, one per label, the value above each.
void bar_chart(string& out, const string& id, string_view title, string_view desc,
               const std::vector<string>& labels, const std::vector<int>& values) {
    const int n = static_cast<int>(values.size());
    const int bar = 38;
    const int gap = 12;
    const int width = std::max(200, 40 + n * (bar + gap));
    const int height = 200;
    const int base = 160;
    const int top = 20;
    int max = 1;
    for (int v : values)
        max = std::max(max, v);
    out += "<figure>\n<figcaption>" + html_escape(title) + "</figcaption>\n";
    svg_open(out, id, width, height, title, desc);
    out += "<line x1=\"30\" y1=\"" + num(base) + "\" x2=\"" + num(width - 5) + "\" y2=\"" +
           num(base) + "\" stroke=\"#1a1a1a\"/>";
    for (int i = 0; i < n; ++i) {
        const int v = values[static_cast<std::size_t>(i)];
        const int h = (base - top) * v / max;
        const int x = 35 + i * (bar + gap);
        out += "<rect x=\"" + num(x) + "\" y=\"" + num(base - h) + "\" width=\"" + num(bar) +
               "\" height=\"" + num(h) + "\" fill=\"#1f4e8c\"/>";
        out += "<text x=\"" + num(x + bar / 2) + "\" y=\"" + num(base - h - 4) +
               "\" font-size=\"11\" text-anchor=\"middle\">" + num(v) + "</text>";
        out += "<text x=\"" + num(x + bar / 2) + "\" y=\"" + num(base + 14) +
               "\" font-size=\"9\" text-anchor=\"middle\">" +
               html_escape(labels[static_cast<std::size_t>(i)]) + "</text>";
    }
    out += "</svg>\n</figure>\n";
}

// Horizontal stacked bars (one row per label, segments in k_grade_series order), each
// segment's count written in it when it is wide enough, and a legend.
void grade_chart(string& out, const string& id, string_view title, string_view desc,
                 const std::vector<const GradeRow*>& rows) {
    const int label_w = 170;
    const int bar_w = 420;
    const int row_h = 24;
    const int legend_h = 30;
    const int height = legend_h + static_cast<int>(rows.size()) * row_h + 10;
    const int width = std::max(label_w + bar_w + 20, 600);
    out += "<figure>\n<figcaption>" + html_escape(title) + "</figcaption>\n";
    svg_open(out, id, width, height, title, desc);
    out += k_patterns;
    int lx = 0;
    for (const Series& series : k_grade_series) {
        out += "<rect x=\"" + num(lx) + "\" y=\"4\" width=\"14\" height=\"14\" fill=\"" +
               series.fill + "\" stroke=\"#1a1a1a\"/><text x=\"" + num(lx + 18) +
               "\" y=\"15\" font-size=\"10\">" + series.label + "</text>";
        // About 6 px a character at 10 px, then a gap.
        lx += 18 + 6 * static_cast<int>(series.label.size()) + 16;
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const GradeRow& g = *rows[r];
        const int y = legend_h + static_cast<int>(r) * row_h;
        out += "<text x=\"0\" y=\"" + num(y + 15) + "\" font-size=\"10\">" +
               html_escape(g.label.size() > 28 ? g.label.substr(0, 27) + "..." : g.label) +
               "</text>";
        int x = label_w;
        for (std::size_t s = 0; s < 5; ++s) {
            const int c = g.counts[s];
            if (c == 0 || g.total == 0)
                continue;
            const int w = bar_w * c / g.total;
            out += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) +
                   "\" height=\"" + num(row_h - 6) + "\" fill=\"" + k_grade_series[s].fill +
                   "\" stroke=\"#1a1a1a\"><title>" + k_grade_series[s].label + ": " + num(c) +
                   "</title></rect>";
            if (w >= 18)
                out += "<text x=\"" + num(x + w / 2) + "\" y=\"" + num(y + 13) +
                       "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#000\" "
                       "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">" +
                       num(c) + "</text>";
            x += w;
        }
        if (g.total == 0)
            out += "<text x=\"" + num(label_w) + "\" y=\"" + num(y + 15) +
                   "\" font-size=\"10\">no audits</text>";
    }
    out += "</svg>\n</figure>\n";
}

// A line of percentages (0-100) with a point and its value at each label; a gap where a
// label has no value.
void line_chart(string& out, const string& id, string_view title, string_view desc,
                const std::vector<string>& labels, const std::vector<std::optional<double>>& v) {
    const int n = static_cast<int>(v.size());
    const int step = 90;
    const int width = std::max(240, 60 + n * step);
    const int height = 190;
    const int base = 160;
    const int top = 20;
    auto y_of = [&](double p) { return base - static_cast<int>((base - top) * p / 100.0); };
    out += "<figure>\n<figcaption>" + html_escape(title) + "</figcaption>\n";
    svg_open(out, id, width, height, title, desc);
    for (int p = 0; p <= 100; p += 50)
        out += "<line x1=\"40\" y1=\"" + num(y_of(p)) + "\" x2=\"" + num(width - 5) + "\" y2=\"" +
               num(y_of(p)) + "\" stroke=\"#bdbdbd\"/><text x=\"0\" y=\"" + num(y_of(p) + 4) +
               "\" font-size=\"9\">" + num(p) + "%</text>";
    string path;
    bool pen_down = false; // a label with no value lifts the pen
    for (int i = 0; i < n; ++i) {
        const int x = 60 + i * step;
        out += "<text x=\"" + num(x) + "\" y=\"" + num(base + 16) +
               "\" font-size=\"9\" text-anchor=\"middle\">" +
               html_escape(labels[static_cast<std::size_t>(i)]) + "</text>";
        const std::optional<double>& p = v[static_cast<std::size_t>(i)];
        if (!p) {
            pen_down = false;
            continue;
        }
        const int y = y_of(*p);
        path += (pen_down ? "L" : "M") + num(x) + " " + num(y) + " ";
        pen_down = true;
        out += "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"4\" fill=\"#1f4e8c\"/>" +
               "<text x=\"" + num(x) + "\" y=\"" + num(y - 8) +
               "\" font-size=\"10\" text-anchor=\"middle\">" + pct(*p) + "</text>";
    }
    if (!path.empty())
        out += "<path d=\"" + path + "\" fill=\"none\" stroke=\"#1f4e8c\" stroke-width=\"2\"/>";
    out += "</svg>\n</figure>\n";
}

// ---------------------------------------------------------------------------
// [SECTION] Sections
// ---------------------------------------------------------------------------

void inputs_section(string& out, const Report& r) {
    out += "<h2 class=\"first\" id=\"sources\">Where the figures come from</h2>\n";
    out += "<p>The extract's past audits (" + num(r.audits.extract_audits) + ", of which " +
           num(r.audits.extract_duplicates) +
           " are also in a workbook and counted once) and the workbooks below. Only completed "
           "audits are counted as done; the actions register holds the actions of every "
           "audit.</p>\n";
    {
        Table t(out, "Workbooks added",
                {"File", "Audits", "Completed", "Counted from another file", "Status"});
        for (const InputFile& f : r.audits.files) {
            t.row_head(f.file).number(f.audits).number(f.completed).number(f.duplicates);
            t.text(f.accepted ? "Added" : f.message).end_row();
        }
    }
    empty_note(out, r.audits.files.empty(),
               "No workbooks were added: only the extract's past "
               "audits are counted.");
    if (!r.audits.clashes.empty()) {
        out += "<h3>The same audit in two workbooks</h3>\n<ul>\n";
        for (const Clash& c : r.audits.clashes)
            out += "<li>" + html_escape(c.message) + "</li>\n";
        out += "</ul>\n";
    }
}

void count_table(string& out, string_view caption, string_view first,
                 const std::vector<Bucket>& buckets, const std::vector<CountRow>& rows) {
    std::vector<string> header = {string(first)};
    for (const Bucket& b : buckets)
        header.push_back(b.label);
    header.emplace_back("Total");
    Table t(out, caption, header);
    for (const CountRow& row : rows) {
        t.row_head(row.label);
        for (int c : row.counts)
            t.number(c);
        t.number(row.total).end_row();
    }
}

void programme_section(string& out, const Report& r) {
    const ProgrammeSection& p = r.programme;
    out += "<h2 id=\"programme\">1. Audit programme</h2>\n";
    std::vector<string> labels;
    for (const Bucket& b : p.buckets)
        labels.push_back(b.label);
    string desc = "Audits done in each " +
                  string(r.options.granularity == Granularity::Month ? "month" : "quarter") + ": ";
    for (std::size_t i = 0; i < labels.size(); ++i)
        desc += (i ? ", " : "") + labels[i] + " " + num(p.total.counts[i]);
    desc += ". " + num(p.total.total) + " in all.";
    bar_chart(out, "chart-programme", "Audits done", desc, labels, p.total.counts);
    count_table(out, "Audits done, by team", "Team", p.buckets, p.by_team);
    count_table(out, "Audits done, by kind of audit", "Kind", p.buckets, p.by_kind);
    count_table(out, "Audits done, by auditor", "Auditor", p.buckets, p.by_auditor);
    empty_note(out, p.by_auditor.empty(), "No audits were done in this period.");

    out += "<h3>Expected frequency</h3>\n<p>Expected: " + num(p.per_manager_per_month) +
           " audits per first-line manager per month (the policy file's number), " +
           num(p.expected_per_manager) + " in the " + num(p.months) +
           (p.months == 1 ? " month" : " months") + " of the period.</p>\n";
    {
        Table t(out, "First-line managers against the expected frequency",
                {"Manager", "Team", "Audits done", "Expected", "Meets it"});
        for (const ManagerFrequency& m : p.managers) {
            t.row_head(m.name).text(m.team).number(m.audits).number(m.expected);
            t.flag(m.meets ? "Yes" : "No", !m.meets).end_row();
        }
    }
    empty_note(out, p.managers.empty(), "No first-line managers in post in this scope.");
    Table t(out, "Teams: audits against the expected frequency, and open cases not audited",
            {"Team", "Managers", "Audits done", "Expected", "Meets it", "Open cases",
             "Never audited", "Not audited within 12 months"});
    for (const TeamProgramme& tp : p.teams) {
        t.row_head(tp.name).number(tp.managers).number(tp.audits).number(tp.expected);
        t.flag(tp.meets ? "Yes" : "No", !tp.meets).number(tp.open_cases);
        t.number(num(tp.never_audited) + " (" + pct(tp.never_share) + ")");
        t.number(num(tp.not_within_12_months) + " (" + pct(tp.not_within_share) + ")").end_row();
    }
}

// The audits whose Audit Case Note is not on the record in time (core/audit/audit_note_check.h).
void audit_notes_part(string& out, const ProgrammeSection& p) {
    const AuditNotesSummary& n = p.notes;
    out += "<h3>Audit case notes</h3>\n<p>Case audits done in the period, checked for the Audit "
           "Case Note the auditor adds to the record within " +
           num(n.working_days) + " working days: " + num(n.checked) + " checked, " + num(n.found) +
           " with the note in time, " + num(n.missing) + " missing, " + num(n.late) +
           " added late, " + num(n.not_due_yet) + " not due yet.</p>\n";
    {
        Table t(out, "Case audits without an audit case note in time, by team",
                {"Team", "Case audits checked", "Without a note in time"});
        for (const TeamProgramme& tp : p.teams)
            t.row_head(tp.name).number(tp.notes_checked).number(tp.notes_missing).end_row();
    }
    if (n.rows.empty()) {
        out += "<p>Every case audit checked has its audit case note, or is not due yet.</p>\n";
        return;
    }
    Table t(out, "Audits whose audit case note is missing or late",
            {"Audit", "Workbook", "Case", "Team", "Auditor", "Done on", "Note due by", "Note"});
    for (const MissingAuditNote& m : n.rows) {
        t.row_head(m.audit_id).text(m.file.empty() ? string("the extract") : m.file);
        t.text(m.case_id).text(m.team).text(m.auditor).text(format_date(m.date));
        t.text(format_date(m.window_end)).flag(m.late ? "Added late" : "Missing", true).end_row();
    }
}

string cell_text(const ComplianceCell& c) {
    return c.n == 0 ? string("no audits") : pct(c.share) + " (n " + num(c.n) + ")";
}

void compliance_section(string& out, const Report& r) {
    const ComplianceSection& c = r.compliance;
    out += "<h2 id=\"compliance\">2. Compliance by criterion</h2>\n<p><strong>Scoring "
           "rule.</strong> " +
           html_escape(k_scoring_rule) + " n is the number of audits the area applies to.</p>\n";
    out += "<p>" + num(c.audits) +
           " completed case audits from the workbooks (past audits on the extract hold a "
           "grade only, no area results).</p>\n";
    {
        std::vector<string> header = {"Area"};
        for (const ComplianceColumn& col : c.teams)
            header.push_back(col.name + " (" + num(col.audits) + ")");
        Table t(out, "Share met by area and team (audits in brackets)", header);
        for (std::size_t a = 0; a < audit::k_case_area_count; ++a) {
            t.row_head(num(static_cast<int>(a) + 1) + ". " + string(audit::case_areas()[a].title));
            for (const ComplianceColumn& col : c.teams)
                t.number(cell_text(col.cells[a]));
            t.end_row();
        }
    }
    out += "<p>By worker: shown for workers with at least " + num(c.min_audits_per_worker) +
           " audits in the period, so that one audit does not label a person. Columns are "
           "the areas by number, as in the table above.</p>\n";
    std::vector<string> header = {"Worker", "Team", "Audits"};
    for (std::size_t a = 0; a < audit::k_case_area_count; ++a)
        header.push_back(num(static_cast<int>(a) + 1));
    Table t(out, "Share met by worker and area", header);
    for (const ComplianceColumn& col : c.workers) {
        t.row_head(col.name).text(col.team).number(col.audits);
        if (col.hidden) {
            t.span("Not shown: fewer than " + num(c.min_audits_per_worker) + " audits",
                   static_cast<int>(audit::k_case_area_count));
        } else {
            for (const ComplianceCell& cell : col.cells)
                t.number(cell.n == 0 ? string("-") : pct(cell.share) + " (" + num(cell.n) + ")");
        }
        t.end_row();
    }
}

void grade_table(string& out, string_view caption, string_view first,
                 const std::vector<const GradeRow*>& rows) {
    Table t(out, caption,
            {string(first), "Outstanding", "Good", "Requires improvement", "Inadequate",
             "Not graded", "Total", "Mean score"});
    for (const GradeRow* g : rows) {
        t.row_head(g->label);
        for (int c : g->counts)
            t.number(c);
        t.number(g->total).number(g->scored > 0 ? pct(g->mean_score) : string("-")).end_row();
    }
}

string grade_desc(const std::vector<const GradeRow*>& rows) {
    string d;
    for (const GradeRow* g : rows) {
        d += g->label + ": ";
        for (std::size_t s = 0; s < 5; ++s)
            d += (s ? ", " : "") + num(g->counts[s]) + " " + k_grade_series[s].label;
        d += ". ";
    }
    return d;
}

void grades_section(string& out, const Report& r) {
    const GradesSection& g = r.grades;
    out += "<h2 id=\"grades\">3. Grades</h2>\n<p>A workbook audit's grade is the auditor's "
           "override when given, else its score's grade under the policy's bands; a past "
           "audit's is the grade recorded on the extract. The mean score is over the workbook "
           "audits.</p>\n";
    std::vector<const GradeRow*> rows;
    for (const GradeRow& row : g.by_team)
        rows.push_back(&row);
    rows.push_back(&g.service);
    grade_chart(out, "chart-grades", "Grades by team", grade_desc(rows), rows);
    grade_table(out, "Grades by team", "Team", rows);
    std::vector<const GradeRow*> quarters;
    std::vector<string> labels;
    std::vector<std::optional<double>> means;
    for (const GradeRow& row : g.by_quarter) {
        quarters.push_back(&row);
        labels.push_back(row.label);
        means.push_back(row.scored > 0 ? std::optional<double>(row.mean_score) : std::nullopt);
    }
    string desc = "Mean overall score by quarter: ";
    for (std::size_t i = 0; i < labels.size(); ++i)
        desc += (i ? ", " : "") + labels[i] + " " + (means[i] ? pct(*means[i]) : "no score");
    line_chart(out, "chart-score-trend", "Mean overall score by quarter", desc + ".", labels,
               means);
    grade_chart(out, "chart-grade-trend", "Grades by quarter", grade_desc(quarters), quarters);
    grade_table(out, "Grades and mean score by quarter", "Quarter", quarters);
}

void actions_section(string& out, const Report& r) {
    const ActionsSection& a = r.actions;
    out += "<h2 id=\"actions\">4. Actions register</h2>\n<p>" + num(a.open) + " open, of which " +
           num(a.overdue) + " overdue on " + format_date_long(r.options.as_at) + "; " +
           num(a.done) + " done.</p>\n";
    Table t(out, "Actions from every workbook (overdue first)",
            {"Action", "Audit", "Record", "Team", "Owner", "Due", "Status"});
    for (const ActionRow& row : a.rows) {
        t.row_head(row.text).text(row.audit_id + " (" + row.file + ")").text(row.record_id);
        t.text(row.team).text(row.owner_name).text(row.due ? format_date(*row.due) : "none");
        t.flag(row.done      ? string("Done")
               : row.overdue ? "Overdue by " + num(row.days_overdue) +
                                   (row.days_overdue == 1 ? " day" : " days")
                             : string("Open"),
               row.overdue)
            .end_row();
    }
    empty_note(out, a.rows.empty(), "No actions in the workbooks added.");
}

void supervision_section(string& out, const Report& r) {
    const SupervisionSection& s = r.supervision;
    out += "<h2 id=\"supervision\">5. Supervision across the service</h2>\n<p>From the "
           "extract's supervision records, against the policy file's frequency. Late: an "
           "interval longer than expected plus the grace days. Overdue: on the as-at date. "
           "No oversight: a case discussed whose file shows no record of the discussion, "
           "manager's decision or case audit note in time.</p>\n";
    {
        Table t(out, "Supervision by team",
                {"Team", "Workers", "Held", "Late intervals", "Missed", "Workers overdue",
                 "Records late", "Cases discussed", "No oversight"});
        std::vector<const SupervisionTeam*> rows;
        for (const SupervisionTeam& team : s.teams)
            rows.push_back(&team);
        rows.push_back(&s.service);
        for (const SupervisionTeam* team : rows) {
            t.row_head(team->name).number(team->workers).number(team->held).number(team->late);
            t.number(team->missed).number(team->overdue).number(team->records_late);
            t.number(team->cases_discussed).number(team->no_oversight).end_row();
        }
    }
    Table t(out, "Supervision by worker",
            {"Worker", "Team", "Expected every", "Held", "On time", "Within grace", "Late",
             "Missed", "Last held", "Overdue", "Records late", "No oversight"});
    for (const SupervisionWorker& w : s.workers) {
        t.row_head(w.name).text(w.team_name);
        t.text(num(w.expected_days) + " days" + (w.asye ? " (ASYE)" : ""));
        t.number(w.held).number(w.on_time).number(w.within_grace).number(w.late);
        t.number(w.missed).text(w.last ? format_date(*w.last) : "never");
        t.flag(w.overdue ? "Yes" : "No", w.overdue).number(w.records_late);
        t.number(w.no_oversight).end_row();
    }
}

void caseloads_section(string& out, const Report& r) {
    const CaseloadSection& c = r.caseloads;
    out += "<h2 id=\"caseloads\">6. Caseloads</h2>\n<p>On " + format_date_long(r.options.as_at) +
           ", by the caseload rules of the policy in force.</p>\n";
    {
        Table t(out, "Caseloads by team",
                {"Team", "Workers", "Above upper", "Above absolute", "ASYE above protected",
                 "Director agreements ending within " + num(c.expiring_days) + " days"});
        for (const CaseloadTeam& team : c.teams) {
            t.row_head(team.name).number(team.workers).number(team.above_upper);
            t.number(team.above_absolute).number(team.asye_above_protected);
            t.number(team.agreements_expiring).end_row();
        }
    }
    {
        Table t(out, "Workers above a limit",
                {"Worker", "Team", "Caseload", "Limit", "Concern", "Finding"});
        for (const CaseloadConcern& k : c.concerns) {
            t.row_head(k.worker_name).text(k.team).number(k.caseload).number(k.level);
            t.text(k.code == "above-absolute" ? "Above the absolute limit"
                   : k.code == "above-upper"  ? "Above the upper caseload"
                                              : "ASYE above protected level");
            t.text(k.message).end_row();
        }
    }
    empty_note(out, c.concerns.empty(), "No worker is above a limit.");
    Table t(out, "Director agreements ending within " + num(c.expiring_days) + " days",
            {"Worker", "Team", "Agreed caseload", "Ends", "Days left", "Discussion"});
    for (const ExpiringAgreement& e : c.expiring) {
        t.row_head(e.worker_name).text(e.team).number(e.agreed_caseload);
        t.text(format_date(e.ends)).number(e.days_left).text(e.id).end_row();
    }
}

// "0.55 (moderate, n 14)"; "none (n 1): the reason".
string coefficient_cell(const stats::Coefficient& c) {
    if (!c.defined()) // the reason without its full stop: the cell sits inside a sentence
        return "none (n " + num(c.n) + "): " +
               (!c.reason.empty() && c.reason.back() == '.'
                    ? c.reason.substr(0, c.reason.size() - 1)
                    : c.reason);
    char value[16];
    std::snprintf(value, sizeof value, "%.2f", *c.value);
    return string(value) + " (" + string(stats::band_label(c.band())) + ", n " + num(c.n) + ")";
}

string agreed_cell(int agreed, int pairs) {
    return pairs == 0
               ? string("none")
               : pct(100.0 * agreed / pairs) + " (" + num(agreed) + " of " + num(pairs) + ")";
}

void moderation_part(string& out, const ModerationSection& m);
void calibration_part(string& out, const ModerationSection& m);

void moderation_section(string& out, const Report& r) {
    const ModerationSection& m = r.moderation;
    out += "<h2 id=\"moderation\">7. Moderation and calibration</h2>\n";
    if (m.moderated == 0)
        out += "<p>No audit in this period and scope was moderated (a moderation counts once "
               "the moderator's blind grading is submitted).</p>\n";
    else
        moderation_part(out, m);
    calibration_part(out, m);
}

void moderation_part(string& out, const ModerationSection& m) {
    out += "<p>Moderated audits: " + num(m.moderated) + " (blind grading submitted; " +
           num(m.resolved) +
           " resolved). The first auditor's results against the moderator's blind results, area "
           "by area: the same result in " +
           agreed_cell(m.agreed, m.areas) + " areas; Cohen's kappa " + coefficient_cell(m.kappa) +
           ". Bias: the auditor's score minus the moderator's, in points (+ more generous).</p>\n";
    {
        Table t(out, "Agreement with the moderators, by auditor",
                {"Auditor", "Audits moderated", "Same result", "Cohen's kappa", "Bias (points)",
                 "Direction", "Areas adjusted"});
        for (const ModerationAuditor& a : m.auditors) {
            char points[16];
            std::snprintf(points, sizeof points, "%+.1f", a.mean_points);
            t.row_head(a.auditor).number(a.moderated).number(agreed_cell(a.agreed, a.areas));
            t.text(coefficient_cell(a.kappa)).number(points).text(a.direction);
            t.number(a.adjusted).end_row();
        }
    }
    if (!m.areas_by_agreement.empty()) {
        Table t(out, "Agreement with the moderators, by area (lowest first)",
                {"Area", "Audits", "Same result", "Cohen's kappa"});
        for (const ModerationAreaRow& a : m.areas_by_agreement) {
            t.row_head(num(static_cast<int>(a.area) + 1) + ". " +
                       string(audit::case_area(a.area).title));
            t.number(a.pairs).number(agreed_cell(a.agreed, a.pairs));
            t.text(coefficient_cell(a.kappa)).end_row();
        }
    }
}

void calibration_part(string& out, const ModerationSection& m) {
    out += "<h3>Calibration across auditors</h3>\n";
    const training::Calibration& c = m.calibration;
    if (!m.calibrated || c.case_ids.empty()) {
        out += "<p>" +
               string(m.calibrated ? "No case was audited in two of the workbooks in this "
                                     "period and scope: nothing to calibrate."
                                   : "Calibration compares two workbooks or more: add the "
                                     "other auditors' workbooks.") +
               "</p>\n";
        return;
    }
    out += "<p>" + num(c.auditors) + " auditors, " + num(static_cast<int>(c.case_ids.size())) +
           " cases audited in two workbooks or more. Fleiss' kappa over every area: " +
           coefficient_cell(c.fleiss) + "; Gwet's AC1: " + coefficient_cell(c.ac1) +
           "; on the overall grades: " + coefficient_cell(c.grade_fleiss) + ".</p>\n";
    {
        Table t(
            out, "Calibration: each auditor against the group's median",
            {"Auditor", "Cases", "Bias (points)", "Direction", "Grades above", "Level", "Below"});
        for (const training::AuditorBias& b : c.bias) {
            char points[16];
            std::snprintf(points, sizeof points, "%+.1f", b.mean_points);
            t.row_head(b.auditor).number(b.cases).number(points).text(b.direction);
            t.number(b.grades_above).number(b.grades_level).number(b.grades_below).end_row();
        }
    }
    Table t(out, "Calibration by area (lowest agreement first)",
            {"Area", "Fleiss' kappa", "Gwet's AC1", "Observed agreement"});
    for (const training::AreaAgreement& a : c.areas) {
        t.row_head(num(static_cast<int>(a.area) + 1) + ". " +
                   string(audit::case_area(a.area).title));
        t.text(coefficient_cell(a.fleiss)).text(coefficient_cell(a.ac1));
        t.number(pct(100.0 * a.fleiss.observed)).end_row();
    }
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] The document
// ---------------------------------------------------------------------------

std::string report_html(const Report& r) {
    const string period = period_text(r.options.period);
    string out;
    out.reserve(64 * 1024);
    out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    out += k_csp;
    out += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>Oversight report: " +
           html_escape(r.organisation) + ", " + html_escape(period) + "</title>\n<style>";
    out += k_css;
    // The period in every page's margin: dates only, so nothing to escape in a CSS string.
    out += "@page { @bottom-left { content: \"" + period + "\"; font: 8pt Arial, sans-serif; } }\n";
    out += "</style>\n</head>\n<body>\n<header>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n";
    out += "<h1>Audit and supervision oversight report</h1>\n<dl class=\"meta\">\n";
    out += "<dt>Organisation</dt><dd>" + html_escape(r.organisation) + "</dd>\n";
    out += "<dt>Period</dt><dd>" + html_escape(period) + "</dd>\n";
    out += "<dt>As at</dt><dd>" + format_date_long(r.options.as_at) + " (extract as at " +
           format_date_long(r.extract_as_at) + ")</dd>\n";
    out += "<dt>Scope</dt><dd>" + html_escape(r.scope_text) + "</dd>\n";
    out += "<dt>Policy</dt><dd>" + html_escape(r.policy.name) + ", version " +
           html_escape(r.policy.version) + " (fingerprint " + r.policy.fingerprint + ")</dd>\n";
    out += "<dt>Scoring rule</dt><dd>" + html_escape(k_scoring_rule) + "</dd>\n</dl>\n";
    out += "<nav aria-label=\"Sections\"><ul>\n<li><a href=\"#sources\">Where the figures come "
           "from</a></li>\n<li><a href=\"#programme\">1. Audit programme</a></li>\n<li><a "
           "href=\"#compliance\">2. Compliance by criterion</a></li>\n<li><a "
           "href=\"#grades\">3. Grades</a></li>\n<li><a href=\"#actions\">4. Actions "
           "register</a></li>\n<li><a href=\"#supervision\">5. Supervision across the "
           "service</a></li>\n<li><a href=\"#caseloads\">6. Caseloads</a></li>\n<li><a "
           "href=\"#moderation\">7. Moderation and calibration</a></li>\n</ul></nav>\n"
           "</header>\n<main>\n";
    inputs_section(out, r);
    programme_section(out, r);
    audit_notes_part(out, r.programme);
    compliance_section(out, r);
    grades_section(out, r);
    actions_section(out, r);
    supervision_section(out, r);
    caseloads_section(out, r);
    moderation_section(out, r);
    out += "</main>\n<footer>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n<p "
           "class=\"note\">Made by Case Audit from the extract and workbooks named above. It "
           "holds personal information: keep it with the council's case records.</p>\n"
           "</footer>\n</body>\n</html>\n";
    return out;
}

} // namespace ca::report

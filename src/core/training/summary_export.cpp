// Case Audit - a trainee's summary as HTML and CSV (see summary_export.h).
//
// Index of this file:
// [SECTION] Figures
// [SECTION] HTML
// [SECTION] CSV
#include "core/training/summary_export.h"

#include "core/export/csv.h"
#include "core/report/report_export.h"

#include <cstdio>

namespace ca::training {

namespace {

using report::html_escape;

constexpr std::string_view k_csp =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

constexpr std::string_view k_css = R"(
body { font: 11pt/1.45 Arial, Helvetica, sans-serif; color: #1b2733; margin: 2em auto; max-width: 60em; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .3em; } h2 { font-size: 1.2em; margin: 1.6em 0 .4em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
caption { text-align: left; font-weight: bold; padding: .3em 0; }
th, td { border: 1px solid #8a96a3; padding: .25em .5em; text-align: left; vertical-align: top; }
thead th { background: #e8edf2; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.differs { color: #aa1414; font-weight: bold; }
.verdict { padding: .5em .8em; border-left: 6px solid #146e2d; background: #eef6f0; }
.verdict.failed { border-color: #aa1414; background: #fbeeee; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; }
dl.meta dt { font-weight: bold; } dl.meta dd { margin: 0; }
@media print { @page { size: A4; margin: 15mm; } body { margin: 0; max-width: none; }
  tr { break-inside: avoid; } thead { display: table-header-group; } }
)";

std::string band_text(const stats::Coefficient& c, bool proportion) {
    if (proportion || !c.defined()) {
        return "";
    }
    return std::string(stats::band_label(c.band()));
}

std::string count_text(int n) {
    return std::to_string(n);
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Figures
// ---------------------------------------------------------------------------

std::vector<SummaryFigure> summary_figures(const TrainingSummary& s) {
    return {{"Area results: agreement", &s.area_agreement, true},
            {"Area results: Cohen's kappa", &s.area_kappa, false},
            {"Area results: Gwet's AC1", &s.area_ac1, false},
            {"Overall grade: agreement", &s.grade_agreement, true},
            {"Overall grade: within one grade", &s.grade_within_one, true},
            {"Overall grade: weighted kappa (linear)", &s.grade_weighted_kappa, false}};
}

// ---------------------------------------------------------------------------
// [SECTION] HTML
// ---------------------------------------------------------------------------

std::string summary_html(const SummaryHeading& h, const std::vector<CaseFeedback>& cases,
                         const TrainingSummary& s, const PassThresholds& pass) {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    out += k_csp;
    out += "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>Training summary: " +
           html_escape(h.pack_title) + "</title>\n<style>";
    out += k_css;
    out += "</style>\n</head>\n<body>\n<h1>Training summary</h1>\n<dl class=\"meta\">\n";
    out += "<dt>Training pack</dt><dd>" + html_escape(h.pack_title) + "</dd>\n";
    out += "<dt>Trainee</dt><dd>" + html_escape(h.trainee.empty() ? "(not given)" : h.trainee) +
           "</dd>\n";
    out += "<dt>Cases done</dt><dd>" + count_text(s.cases) + " of " + count_text(h.pack_cases) +
           "</dd>\n";
    out += "<dt>Written</dt><dd>" + html_escape(h.written) + "</dd>\n</dl>\n";
    out += std::string("<p class=\"verdict") + (s.passed ? "" : " failed") + "\">" +
           html_escape(s.verdict) + "</p>\n";

    out += "<table>\n<caption>Agreement with the reference audits</caption>\n<thead><tr>"
           "<th scope=\"col\">Figure</th><th scope=\"col\">Value</th><th scope=\"col\">n</th>"
           "<th scope=\"col\">Band (Landis and Koch)</th><th scope=\"col\">Note</th></tr>"
           "</thead>\n<tbody>\n";
    for (const SummaryFigure& f : summary_figures(s)) {
        out += "<tr><th scope=\"row\">" + html_escape(f.label) + "</th><td class=\"n\">" +
               html_escape(stats::coefficient_value_text(*f.value, f.proportion)) +
               "</td><td class=\"n\">" + count_text(f.value->n) + "</td><td>" +
               html_escape(band_text(*f.value, f.proportion)) + "</td><td>" +
               html_escape(f.value->reason) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    char pass_text[160];
    std::snprintf(pass_text, sizeof pass_text,
                  "To pass: agreement on area results at least %.1f%% and Cohen's kappa at "
                  "least %.2f (the policy's training thresholds).",
                  pass.agreement_percent, pass.kappa);
    out += "<p>" + html_escape(pass_text);
    if (s.areas_left_out > 0) {
        out += " " + count_text(s.areas_left_out) + " unanswered area" +
               (s.areas_left_out == 1 ? " was" : "s were") + " left out.";
    }
    out += "</p>\n";

    out += "<h2>Cases</h2>\n<table>\n<caption>Each practice case against its reference "
           "audit</caption>\n<thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Areas "
           "agreed</th><th scope=\"col\">Your grade</th><th scope=\"col\">Reference grade</th>"
           "<th scope=\"col\">Areas that differ</th></tr></thead>\n<tbody>\n";
    for (const CaseFeedback& c : cases) {
        std::string differ;
        for (const AreaFeedback& a : c.areas) {
            if (!a.agree) {
                differ += (differ.empty() ? "" : "; ") +
                          std::string(audit::case_area(a.area).title) + " (you " +
                          std::string(audit::result_label(a.trainee)) + ", reference " +
                          std::string(audit::result_label(a.reference)) + ")";
            }
        }
        out += "<tr><th scope=\"row\">" + html_escape(c.case_id) + "</th><td class=\"n\">" +
               count_text(c.agreed) + " of " + count_text(static_cast<int>(c.areas.size())) +
               "</td><td>" + html_escape(audit::grade_label(c.trainee_grade)) + "</td><td>" +
               html_escape(audit::grade_label(c.reference_grade)) + "</td><td>" +
               html_escape(differ.empty() ? "None" : differ) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</body>\n</html>\n";
    return out;
}

// ---------------------------------------------------------------------------
// [SECTION] CSV
// ---------------------------------------------------------------------------

std::string summary_csv(const SummaryHeading& h, const std::vector<CaseFeedback>& cases,
                        const TrainingSummary& s, const PassThresholds& pass) {
    CsvWriter w;
    w.row({"Training summary", h.pack_title});
    w.row({"Trainee", h.trainee});
    w.row({"Written", h.written});
    w.cell("Cases done").number(static_cast<long long>(s.cases)).end_row();
    w.cell("Pass: agreement percent").number(pass.agreement_percent, 1).end_row();
    w.cell("Pass: kappa").number(pass.kappa, 2).end_row();
    w.row({"Passed", s.passed ? "yes" : "no"});
    w.row({"Verdict", s.verdict});
    w.end_row();
    w.row({"Figure", "Value", "n", "Band", "Reason undefined"});
    for (const SummaryFigure& f : summary_figures(s)) {
        w.cell(f.label);
        if (f.value->defined()) {
            // A share as a percentage with one decimal, a coefficient with four (the CSV is
            // for checking sums: more than the two the page shows).
            w.number(f.proportion ? *f.value->value * 100.0 : *f.value->value,
                     f.proportion ? 1 : 4);
        } else {
            w.empty();
        }
        w.number(static_cast<long long>(f.value->n))
            .cell(band_text(*f.value, f.proportion))
            .cell(f.value->reason)
            .end_row();
    }
    w.end_row();
    w.row({"Case", "Area", "Your result", "Reference result", "Agree", "Evidence only you cited",
           "Evidence only the reference cited"});
    for (const CaseFeedback& c : cases) {
        for (const AreaFeedback& a : c.areas) {
            std::string only_you;
            for (const std::string& id : a.only_trainee) {
                only_you += (only_you.empty() ? "" : " ") + id;
            }
            std::string only_ref;
            for (const std::string& id : a.only_reference) {
                only_ref += (only_ref.empty() ? "" : " ") + id;
            }
            w.row({c.case_id, std::string(audit::case_area(a.area).title),
                   std::string(audit::result_label(a.trainee)),
                   std::string(audit::result_label(a.reference)), a.agree ? "yes" : "no", only_you,
                   only_ref});
        }
    }
    return w.str();
}

} // namespace ca::training

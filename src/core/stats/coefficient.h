// Case Audit - an agreement figure as the app and the CLI show it: the value (or why there is
// none), how many cases it rests on, and the Landis and Koch band in plain English.
//
// Chance-corrected coefficients (kappa, AC1) are undefined in some honest situations: no
// case to compare, a single case, or every answer in the same category (kappa's chance
// agreement is then 1 and its formula would divide by zero). They are reported as undefined,
// with the reason in a manager's words, never as 0, 1 or NaN.
//
// Landis and Koch (1977, "The measurement of observer agreement for categorical data",
// Biometrics 33:159-174) label kappa: below 0 poor, 0.00-0.20 slight, 0.21-0.40 fair,
// 0.41-0.60 moderate, 0.61-0.80 substantial, 0.81-1.00 almost perfect. Their bands are given
// to two decimals; between them the value is compared unrounded with the upper bounds 0.20,
// 0.40, 0.60 and 0.80 (0.605 is Substantial; 0.60 is Moderate). The same bands are used for
// Gwet's AC1, as Gwet's handbook does.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ca::stats {

enum class Band { Poor, Slight, Fair, Moderate, Substantial, AlmostPerfect };

Band landis_koch_band(double value);
// "Poor (less than chance)", "Slight", "Fair", "Moderate", "Substantial", "Almost perfect".
std::string_view band_label(Band band);
// "poor", "slight", "fair", "moderate", "substantial", "almost-perfect" (JSON and CSV).
std::string_view band_key(Band band);

struct Coefficient {
    std::optional<double> value; // none: undefined, and `reason` says why
    int n = 0;                   // cases (subjects) it rests on
    double observed = 0.0;       // observed agreement (po, or weighted po; pa for many raters)
    double expected = 0.0;       // agreement expected by chance (pe), 0 for a proportion
    std::string reason;          // why it is undefined; "" when defined

    bool defined() const { return value.has_value(); }
    // Only for a defined chance-corrected coefficient (not a proportion).
    Band band() const { return landis_koch_band(value.value_or(0.0)); }
};

Coefficient undefined_coefficient(int n, std::string reason);

// How the app, the command-line tool and the exports write a figure: "0.43 (Moderate,
// n = 30)", "84.6% (n = 13)", "undefined (n = 1): One case is ...". `proportion`: a share
// shown as a percentage (one decimal), with no band; a coefficient has two decimals.
std::string coefficient_text(const Coefficient& c, bool proportion);
// The value alone ("0.43", "84.6%", "undefined"), for a table with n and band in columns.
std::string coefficient_value_text(const Coefficient& c, bool proportion);

} // namespace ca::stats

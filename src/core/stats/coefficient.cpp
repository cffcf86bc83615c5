// Case Audit - agreement figures: Landis and Koch bands (see coefficient.h).
#include "core/stats/coefficient.h"

#include <cstdio>
#include <utility>

namespace ca::stats {

Band landis_koch_band(double value) {
    if (value < 0.0) {
        return Band::Poor;
    }
    if (value <= 0.20) {
        return Band::Slight;
    }
    if (value <= 0.40) {
        return Band::Fair;
    }
    if (value <= 0.60) {
        return Band::Moderate;
    }
    if (value <= 0.80) {
        return Band::Substantial;
    }
    return Band::AlmostPerfect;
}

std::string_view band_label(Band band) {
    switch (band) {
    case Band::Poor:
        return "Poor (less than chance)";
    case Band::Slight:
        return "Slight";
    case Band::Fair:
        return "Fair";
    case Band::Moderate:
        return "Moderate";
    case Band::Substantial:
        return "Substantial";
    case Band::AlmostPerfect:
        return "Almost perfect";
    }
    return "";
}

std::string_view band_key(Band band) {
    switch (band) {
    case Band::Poor:
        return "poor";
    case Band::Slight:
        return "slight";
    case Band::Fair:
        return "fair";
    case Band::Moderate:
        return "moderate";
    case Band::Substantial:
        return "substantial";
    case Band::AlmostPerfect:
        return "almost-perfect";
    }
    return "";
}

Coefficient undefined_coefficient(int n, std::string reason) {
    Coefficient c;
    c.n = n;
    c.reason = std::move(reason);
    return c;
}

std::string coefficient_value_text(const Coefficient& c, bool proportion) {
    if (!c.defined()) {
        return "undefined";
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, proportion ? "%.1f%%" : "%.2f",
                  proportion ? *c.value * 100.0 : *c.value);
    return buf;
}

std::string coefficient_text(const Coefficient& c, bool proportion) {
    if (!c.defined()) {
        return "undefined (n = " + std::to_string(c.n) + "): " + c.reason;
    }
    const std::string n = "n = " + std::to_string(c.n);
    if (proportion) {
        return coefficient_value_text(c, true) + " (" + n + ")";
    }
    return coefficient_value_text(c, false) + " (" + std::string(band_label(c.band())) + ", " + n +
           ")";
}

} // namespace ca::stats

// Case Audit - an agreement figure as JSON (see stats_json.h).
#include "core/stats/stats_json.h"

#include <string>

namespace ca::stats {

nlohmann::ordered_json coefficient_json(const Coefficient& c, CoefficientJsonMembers members) {
    using Json = nlohmann::ordered_json;
    Json j;
    j["value"] = c.defined() ? Json(*c.value) : Json(nullptr);
    j["n"] = c.n;
    if (members.observed)
        j["observed"] = c.observed;
    if (members.band)
        j["band"] = c.defined() ? Json(std::string(band_key(c.band()))) : Json(nullptr);
    if (members.reason)
        j["reason"] = c.reason;
    return j;
}

} // namespace ca::stats

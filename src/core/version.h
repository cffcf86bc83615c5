// Case Audit - product identity, shared by the app, the command-line tool and exports.
#pragma once

namespace ca {
inline constexpr const char* k_product_name = "Case Audit";
inline constexpr const char* k_version = CASEAUDIT_VERSION; // set by src/core/CMakeLists.txt
} // namespace ca

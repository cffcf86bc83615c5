#include "core/version.h"

#include <catch2/catch.hpp>

#include <cstring>

TEST_CASE("product identity is set by the build", "[version]") {
    REQUIRE(std::strcmp(ca::k_product_name, "Case Audit") == 0);
    REQUIRE(std::strlen(ca::k_version) >= 5); // "0.1.0"
}

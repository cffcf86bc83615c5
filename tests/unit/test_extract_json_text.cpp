// Helpers about JSON text used on the importer's error paths.
#include "core/extract/json_text.h"

#include <catch2/catch.hpp>

using namespace ca;

TEST_CASE("find_invalid_utf8 finds the first ill-formed byte", "[extract]") {
    CHECK(find_invalid_utf8("plain") == std::string_view::npos);
    CHECK(find_invalid_utf8("\xC2\xA3 and \xE2\x80\x99 and \xF0\x9F\x98\x80") ==
          std::string_view::npos);
    CHECK(find_invalid_utf8("ab\xFF") == 2);
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);         // overlong '/'
    CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);    // a surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0); // above U+10FFFF
    CHECK(find_invalid_utf8("ok\xE2\x80") == 2);       // cut short
}

TEST_CASE("count_utf8_chars counts characters, not bytes", "[extract]") {
    CHECK(count_utf8_chars("") == 0);
    CHECK(count_utf8_chars("abc") == 3);
    CHECK(count_utf8_chars("\xC2\xA3"
                           "5") == 2);
}

TEST_CASE("is_json_number follows the JSON grammar exactly", "[extract]") {
    for (const char* good : {"0", "-0", "12", "1.5", "1e5", "1E+5", "-2.5e-3", "1e999"})
        CHECK(is_json_number(good));
    for (const char* bad : {"", "-", "01", "1.", ".5", "1e", "1.2.3", "+1", "0x10", "NaN"})
        CHECK_FALSE(is_json_number(bad));
}

TEST_CASE("excerpt_around keeps whole characters and hides control characters", "[extract]") {
    CHECK(excerpt_around("abcdef", 3, 4) == "bcde");
    CHECK(excerpt_around("a\nb", 1, 10) == "a b");
    // Bytes 2..4 are the second pound sign: the cut lands on character boundaries.
    CHECK(excerpt_around("\xC2\xA3\xC2\xA3\xC2\xA3", 3, 2) == "\xC2\xA3");
    // Starting inside a character moves back to its first byte: bytes 0..4.
    CHECK(excerpt_around("\xC2\xA3\xC2\xA3\xC2\xA3", 2, 3) == "\xC2\xA3\xC2\xA3");
}

TEST_CASE("locate_json_syntax_error gives the byte offset of the fault", "[extract]") {
    CHECK_FALSE(locate_json_syntax_error(R"({"a": [1, 2]})").found);
    const JsonSyntaxError e = locate_json_syntax_error(R"({"a": tru})");
    REQUIRE(e.found);
    CHECK(e.offset == 9); // the '}' that ends the bad literal
    const JsonSyntaxError e2 = locate_json_syntax_error("{\"a\": 1,,}");
    REQUIRE(e2.found);
    CHECK(e2.offset == 8);
}

TEST_CASE("unescape_json_string replaces every JSON escape", "[extract]") {
    std::string out;
    std::size_t bad = 99;
    CHECK(unescape_json_string("plain", out, bad));
    CHECK(out == "plain");
    // \u0069 is 'i', \/ is '/', \" and \\ are themselves; \n and \t are control characters.
    CHECK(unescape_json_string(R"(\u0069d a\/b \"q\" \\ \n\t)", out, bad));
    CHECK(out == "id a/b \"q\" \\ \n\t");
    // U+00A3 (pound sign) is C2 A3 in UTF-8; U+2019 is E2 80 99; the pair D83D DE00 is
    // U+1F600, F0 9F 98 80.
    CHECK(unescape_json_string(R"(\u00a3\u2019\uD83D\uDE00)", out, bad));
    CHECK(out == "\xC2\xA3\xE2\x80\x99\xF0\x9F\x98\x80");
}

TEST_CASE("unescape_json_string points at a malformed escape", "[extract]") {
    std::string out;
    std::size_t bad = 0;
    CHECK_FALSE(unescape_json_string(R"(te\xams)", out, bad)); // \x is not an escape
    CHECK(bad == 2);
    CHECK_FALSE(unescape_json_string(R"(ab\u12G4)", out, bad)); // G is not a hex digit
    CHECK(bad == 2);
    CHECK_FALSE(unescape_json_string(R"(\uD83D x)", out, bad)); // high surrogate alone
    CHECK(bad == 0);
    CHECK_FALSE(unescape_json_string(R"(a\uDE00)", out, bad)); // low surrogate alone
    CHECK(bad == 1);
    CHECK_FALSE(unescape_json_string("end\\", out, bad)); // cut after the backslash
    CHECK(bad == 3);
}

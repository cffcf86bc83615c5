// The record cursor: reads one JSON value in order, checks its syntax, says what is wrong.
// The importer's own tests (test_extract_*.cpp) cover it through whole extracts; these
// pin each piece down on its own, with the expected values worked out by hand.
#include "core/extract/json_cursor.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace ca;

namespace {

// Reads any value into a compact text form: objects {k:v,...}, arrays [v,...], strings
// 's', numbers and literals as written. Returns the cursor's fault, None on success.
JsonFault read_all(JsonCursor& c, std::string& out);

JsonFault read_value(JsonCursor& c, std::string& out) {
    JsonType t{};
    if (!c.peek(t))
        return c.fault();
    switch (t) {
    case JsonType::Object: {
        bool more = false;
        if (!c.object_begin(more))
            return c.fault();
        out += '{';
        bool first = true;
        while (more) {
            std::string_view key;
            if (!c.member_key(key))
                return c.fault();
            if (!first)
                out += ',';
            first = false;
            out += std::string(key) + ':';
            if (read_value(c, out) != JsonFault::None)
                return c.fault();
            if (!c.member_next(more))
                return c.fault();
        }
        out += '}';
        return JsonFault::None;
    }
    case JsonType::Array: {
        bool more = false;
        if (!c.array_begin(more))
            return c.fault();
        out += '[';
        bool first = true;
        while (more) {
            if (!first)
                out += ',';
            first = false;
            if (read_value(c, out) != JsonFault::None || !c.element_next(more))
                return c.fault();
        }
        out += ']';
        return JsonFault::None;
    }
    case JsonType::String: {
        std::string_view s;
        if (!c.string(s))
            return c.fault();
        out += "'" + std::string(s) + "'";
        return JsonFault::None;
    }
    case JsonType::Number: {
        std::string_view token;
        if (!c.number(token))
            return c.fault();
        out += std::string(token);
        return JsonFault::None;
    }
    case JsonType::Boolean: {
        bool b = false;
        if (!c.boolean(b))
            return c.fault();
        out += b ? "T" : "F";
        return JsonFault::None;
    }
    case JsonType::Null:
        if (!c.null())
            return c.fault();
        out += "N";
        return JsonFault::None;
    }
    return JsonFault::Structure;
}

JsonFault read_all(JsonCursor& c, std::string& out) {
    const JsonFault f = read_value(c, out);
    if (f != JsonFault::None)
        return f;
    return c.at_end() ? JsonFault::None : JsonFault::Structure;
}

std::string parsed(std::string_view text) {
    JsonCursor c;
    c.reset(text, nullptr, 0);
    std::string out;
    const JsonFault f = read_all(c, out);
    REQUIRE(f == JsonFault::None);
    return out;
}

JsonFault fault_of(std::string_view text) {
    JsonCursor c;
    c.reset(text, nullptr, 0);
    std::string out;
    return read_all(c, out);
}

} // namespace

TEST_CASE("the cursor reads every kind of value in order", "[extract]") {
    CHECK(parsed(R"({"a": 1, "b": [true, false, null], "c": {"d": "x"}, "e": []})") ==
          "{a:1,b:[T,F,N],c:{d:'x'},e:[]}");
    CHECK(parsed(" \n\t{ } \r\n") == "{}");
    CHECK(parsed("[ -0.5e+3 , 0, 12 ]") == "[-0.5e+3,0,12]");
    CHECK(parsed(R"("alone")") == "'alone'");
    CHECK(parsed("42") == "42");
    CHECK(parsed("[[[[]]]]") == "[[[[]]]]");
}

TEST_CASE("the cursor unescapes strings and keeps them until reset", "[extract]") {
    // \u00a3 is the pound sign (C2 A3 in UTF-8); \ud83d\ude00 a pair giving one character.
    CHECK(parsed(R"(["a\"b", "tab\there", "\u00a35", "\ud83d\ude00", "\/\\"])") ==
          "['a\"b','tab\there','\xC2\xA3"
          "5','\xF0\x9F\x98\x80','/\\']");
    CHECK(parsed(R"({"k\u0065y": 1})") == "{key:1}"); // escaped keys are unescaped too

    JsonCursor c;
    const std::string text = R"(["one\n", "two\n"])";
    c.reset(text, nullptr, 0);
    bool more = false;
    REQUIRE(c.array_begin(more));
    std::string_view first, second;
    REQUIRE(c.string(first));
    REQUIRE(c.element_next(more));
    REQUIRE(c.string(second));
    CHECK(first == "one\n"); // still valid after the second string was unescaped
    CHECK(second == "two\n");
}

TEST_CASE("raw_string hands out the text as written, and whether it has escapes", "[extract]") {
    JsonCursor c;
    const std::string text = R"(["plain", "with\\escape"])";
    c.reset(text, nullptr, 0);
    bool more = false;
    REQUIRE(c.array_begin(more));
    std::string_view raw;
    bool escaped = true;
    REQUIRE(c.raw_string(raw, escaped));
    CHECK(raw == "plain");
    CHECK_FALSE(escaped);
    CHECK(raw.data() == text.data() + 2); // a view of the input: no copy
    REQUIRE(c.element_next(more));
    REQUIRE(c.raw_string(raw, escaped));
    CHECK(raw == "with\\\\escape");
    CHECK(escaped);
}

TEST_CASE("the cursor jumps over strings the scanner measured", "[extract]") {
    // The known string at 1..6 is "abcd" (the quote at 1, after the closing quote at 7).
    const std::string text = R"(["abcd", "x"])";
    const KnownString known[] = {{1, 7, false, true}};
    JsonCursor c;
    c.reset(text, known, 1);
    std::string out;
    CHECK(read_all(c, out) == JsonFault::None);
    CHECK(out == "['abcd','x']");

    // A known string the scanner found bytes to check in is checked: a raw tab is a fault.
    const std::string tab = "[\"ab\tc\"]";
    const KnownString known_tab[] = {{1, 7, false, false}};
    c.reset(tab, known_tab, 1);
    out.clear();
    CHECK(read_all(c, out) == JsonFault::Text);

    // A known string with escapes is unescaped like any other.
    const std::string esc = R"(["a\nb"])";
    const KnownString known_esc[] = {{1, 7, true, true}};
    c.reset(esc, known_esc, 1);
    out.clear();
    CHECK(read_all(c, out) == JsonFault::None);
    CHECK(out == "['a\nb']");
}

TEST_CASE("a value left unread is skipped and checked when its container moves on", "[extract]") {
    JsonCursor c;
    const std::string text = R"({"skip": {"deep": [1, {"x": null}]}, "keep": "yes"})";
    c.reset(text, nullptr, 0);
    bool more = false;
    REQUIRE(c.object_begin(more));
    std::string_view key;
    REQUIRE(c.member_key(key));
    CHECK(key == "skip");
    REQUIRE(c.member_next(more)); // the value was not read: skipped
    REQUIRE(more);
    REQUIRE(c.member_key(key));
    CHECK(key == "keep");
    std::string_view value;
    REQUIRE(c.string(value));
    CHECK(value == "yes");
    REQUIRE(c.member_next(more));
    CHECK_FALSE(more);
    CHECK(c.at_end());

    // A skipped value with a fault in it still fails.
    const std::string bad = R"({"skip": [1, tru], "keep": 1})";
    c.reset(bad, nullptr, 0);
    REQUIRE(c.object_begin(more));
    REQUIRE(c.member_key(key));
    CHECK_FALSE(c.member_next(more));
    CHECK(c.fault() == JsonFault::Literal);
}

TEST_CASE("each kind of syntax fault is named", "[extract]") {
    // Structure: misplaced or missing brackets, commas, colons, values.
    for (const char* text : {"{\"a\" 1}", "{\"a\": 1,}", "[1,]", "[1 2]", "{,}", "{a: 1}", "", "  ",
                             "{\"a\": }", "[1]]", "{\"a\": 1}}", ":", "[+1]"}) {
        INFO(text);
        CHECK(fault_of(text) == JsonFault::Structure);
    }
    for (const char* text : {R"(["\x"])", R"(["\u12"])", R"(["\ud800"])", R"({"\q": 1})"}) {
        INFO(text);
        CHECK(fault_of(text) == JsonFault::Escape);
    }
    for (const char* text : {"[\"a\tb\"]", "[\"a\nb\"]", "[\"\xFF\"]", "[\"\xC0\xAF\"]"}) {
        INFO(text);
        CHECK(fault_of(text) == JsonFault::Text);
    }
    for (const char* text : {"[01]", "[1.]", "[-]", "[1.2.3]", "[1x]", "[1e]"}) {
        INFO(text);
        CHECK(fault_of(text) == JsonFault::Number);
    }
    for (const char* text : {"[tru]", "[nul]", "[falsey]", "[true1]", "tru", "[nulll]"}) {
        INFO(text);
        CHECK(fault_of(text) == JsonFault::Literal);
    }
    for (const char* text : {"[\"open", "[\"ends in a backslash\\", "{\"key"}) {
        INFO(text);
        CHECK(fault_of(text) == JsonFault::Unclosed);
    }
}

TEST_CASE("the first fault is the one kept", "[extract]") {
    JsonCursor c;
    const std::string text = "[tru, 01]";
    c.reset(text, nullptr, 0);
    std::string out;
    CHECK(read_all(c, out) == JsonFault::Literal);
    CHECK_FALSE(c.skip()); // reading on cannot replace it
    CHECK(c.fault() == JsonFault::Literal);
}

TEST_CASE("reset starts afresh on a new record", "[extract]") {
    JsonCursor c;
    const std::string bad = "[tru]";
    c.reset(bad, nullptr, 0);
    std::string out;
    CHECK(read_all(c, out) == JsonFault::Literal);
    const std::string good = "[true]";
    c.reset(good, nullptr, 0);
    out.clear();
    CHECK(read_all(c, out) == JsonFault::None);
    CHECK(c.fault() == JsonFault::None);
    CHECK(out == "[T]");
}

TEST_CASE("is_plain_json_text accepts UTF-8 text without control characters", "[extract]") {
    CHECK(is_plain_json_text(""));
    CHECK(is_plain_json_text("a plain note of more than eight bytes"));
    CHECK(is_plain_json_text("\xC2\xA3"
                             "5 and \xE2\x80\x99 in a long enough string"));
    CHECK_FALSE(is_plain_json_text("tab\t"));                           // in the tail
    CHECK_FALSE(is_plain_json_text("a tab\there, in the 8-byte part")); // in a word
    CHECK_FALSE(is_plain_json_text("\x7F\x1F"));                        // 0x1F is control
    CHECK_FALSE(is_plain_json_text("\xC2\xA3 then a tab\t after it"));  // after non-ASCII
    CHECK_FALSE(is_plain_json_text("bad byte \xFF here"));
    CHECK_FALSE(is_plain_json_text("cut short \xE2\x80"));
}

TEST_CASE("find_string_special finds the first quote, backslash, control or non-ASCII byte",
          "[extract]") {
    const std::string s = "0123456789abcdef0123456789";
    // Every kind, at every place (inside the 8-byte words and in the tail after them).
    for (std::size_t at = 0; at < s.size(); ++at) {
        for (char c : {'"', '\\', '\t', '\x1F', '\x80', '\xC2', '\xFF'}) {
            std::string t = s;
            t[at] = c;
            INFO(at << " " << static_cast<int>(static_cast<unsigned char>(c)));
            CHECK(find_string_special(t.data(), t.data() + t.size()) == t.data() + at);
            // Bytes after the end are never looked at.
            CHECK(find_string_special(t.data(), t.data() + at) == t.data() + at);
        }
    }
    CHECK(find_string_special(s.data(), s.data() + s.size()) == s.data() + s.size());
    // Neighbours of the special bytes are plain: space, '!', '#', '[', ']', DEL (0x7F).
    const std::string plain = " !#[]\x7F ~ plain text, 0x20 to 0x7F only";
    CHECK(find_string_special(plain.data(), plain.data() + plain.size()) ==
          plain.data() + plain.size());
    // A control byte early in a word is found first, whatever follows it in that word.
    const std::string two = std::string("ab\x01") + "\xC3\xA9\"xyz";
    CHECK(find_string_special(two.data(), two.data() + two.size()) == two.data() + 2);
}

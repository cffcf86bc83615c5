// Case Audit - a small streaming JSON writer for the synthetic data generator.
//
// The generator writes hundreds of megabytes, so nothing is built as a document: values are
// appended to a 64 KiB buffer that is handed to a Sink whenever it fills. The writer is
// correct for any input string: quotes, backslashes and control characters are escaped,
// and bytes that are not valid UTF-8 are replaced by U+FFFD, so the output is always valid
// UTF-8 JSON.
//
// Layout: containers nested less than `pretty_depth` deep put each member on its own line
// (two-space indent); deeper ones are written on one line as {"a": 1, "b": 2}. With the
// generator's depth of 4, each case note, allocation or worker is one line.
//
// Index of this file:
// [SECTION] Sinks
// [SECTION] JsonWriter
#pragma once

#include "core/calendar/date.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] Sinks
// ---------------------------------------------------------------------------

// Receives the output in pieces, in order.
class Sink {
public:
    virtual ~Sink() = default;
    virtual void write(std::string_view bytes) = 0;
};

// Keeps everything in one string (tests, and the app's demo, which is small).
class StringSink final : public Sink {
public:
    void write(std::string_view bytes) override { text.append(bytes.data(), bytes.size()); }
    std::string text;
};

// Forwards each piece to a function (e.g. straight into ExtractImporter::feed).
class FunctionSink final : public Sink {
public:
    explicit FunctionSink(std::function<void(std::string_view)> fn) : fn_(std::move(fn)) {}
    void write(std::string_view bytes) override { fn_(bytes); }

private:
    std::function<void(std::string_view)> fn_;
};

// Counts bytes only.
class CountingSink final : public Sink {
public:
    void write(std::string_view bytes) override { bytes_ += bytes.size(); }
    std::uint64_t bytes() const { return bytes_; }

private:
    std::uint64_t bytes_ = 0;
};

// ---------------------------------------------------------------------------
// [SECTION] JsonWriter
// ---------------------------------------------------------------------------

class JsonWriter {
public:
    explicit JsonWriter(Sink& sink, int pretty_depth = 4);
    ~JsonWriter(); // flushes
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // An object member's name; the next call writes its value.
    void key(std::string_view name);

    void string(std::string_view text);
    void integer(std::int64_t v);
    void boolean(bool v);
    void null();
    // A number already formatted as JSON (e.g. "0.6"); written as is.
    void raw_number(std::string_view text);
    void date(Date d);                         // "YYYY-MM-DD"
    void date_time(Date d, int minute);        // "YYYY-MM-DDTHH:MM"
    void optional_date(std::optional<Date> d); // date or null

    // key + value shorthands.
    void field(std::string_view name, std::string_view text) { key(name), string(text); }
    void field(std::string_view name, const char* text) { key(name), string(text); }
    void field_int(std::string_view name, std::int64_t v) { key(name), integer(v); }
    void field_bool(std::string_view name, bool v) { key(name), boolean(v); }
    void field_date(std::string_view name, Date d) { key(name), date(d); }

    // Hands the buffered bytes to the sink.
    void flush();
    std::uint64_t bytes_written() const { return flushed_ + buf_.size(); }

    // Appends `text` as a JSON string body (no quotes) to `out`: the escaping rule above.
    static void escape_into(std::string& out, std::string_view text);

private:
    void before_value();
    void newline_indent(std::size_t depth);
    void maybe_flush() {
        if (buf_.size() >= k_flush_at)
            flush();
    }

    static constexpr std::size_t k_flush_at = 60 * 1024;
    Sink& sink_;
    int pretty_depth_;
    std::string buf_;
    std::uint64_t flushed_ = 0;
    // One entry per open container: true while it has no member yet.
    std::vector<bool> empty_;
    bool after_key_ = false;
};

} // namespace ca

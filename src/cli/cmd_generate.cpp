// caseaudit generate [--seed N] [--cases N | --target-mb M | --demo] [--as-at YYYY-MM-DD]
//                    [--compact] [--out FILE]
// Writes a synthetic case extract of the fictional London Borough of Eastmere (stdout by
// default). Exit status: 0 written, 1 the output could not be written, 2 usage.
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/calendar/date.h"
#include "core/generate/generate.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

namespace {

const char* const k_usage = "usage: caseaudit generate [--seed N] [--cases N | --target-mb M | "
                            "--demo] [--as-at YYYY-MM-DD] [--compact] [--out FILE]\n";

int usage() {
    return ca::cli::usage_error(k_usage);
}

// Writes to a stdio stream and remembers whether any write failed.
class FileSink final : public ca::Sink {
public:
    explicit FileSink(std::FILE* f) : f_(f) {}
    void write(std::string_view bytes) override {
        if (std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size())
            failed_ = true;
    }
    bool failed() const { return failed_; }

private:
    std::FILE* f_;
    bool failed_ = false;
};

bool parse_u64(const char* s, std::uint64_t& out) {
    if (!s || !*s || *s == '-')
        return false;
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(s, &end, 10);
    if (errno != 0 || *end != '\0')
        return false;
    out = v;
    return true;
}

bool parse_positive(const char* s, double& out) {
    if (!s || !*s)
        return false;
    // Digits with an optional fraction, parsed by hand so that no locale is involved.
    double v = 0, scale = 0;
    for (const char* c = s; *c; ++c) {
        if (*c == '.' && scale == 0) {
            scale = 1;
        } else if (*c >= '0' && *c <= '9') {
            if (scale == 0) {
                v = v * 10 + (*c - '0');
            } else {
                scale /= 10;
                v += (*c - '0') * scale;
            }
        } else {
            return false;
        }
    }
    out = v;
    return v > 0;
}

int run_generate(int argc, char** argv) {
    ca::GenerateOptions o;
    o.cases = 100;
    const char* out_path = nullptr;
    int size_options = 0;
    bool demo = false;
    bool seed_given = false, as_at_given = false;
    ca::GenerateOptions given = o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
        if (a == "--seed") {
            if (!parse_u64(value, given.seed))
                return usage();
            seed_given = true;
            ++i;
        } else if (a == "--cases") {
            std::uint64_t n = 0;
            if (!parse_u64(value, n) || n < 1 || n > 20000000)
                return usage();
            given.cases = static_cast<int>(n);
            ++size_options;
            ++i;
        } else if (a == "--target-mb") {
            if (!parse_positive(value, given.target_mb) || given.target_mb > 20000)
                return usage();
            ++size_options;
            ++i;
        } else if (a == "--demo") {
            demo = true;
            ++size_options;
        } else if (a == "--as-at") {
            const auto d = value ? ca::parse_date(value) : std::nullopt;
            if (!d)
                return usage();
            given.as_at = *d;
            as_at_given = true;
            ++i;
        } else if (a == "--compact") {
            given.pretty = false;
        } else if (a == "--out") {
            if (!value)
                return usage();
            out_path = value;
            ++i;
        } else {
            return usage();
        }
    }
    if (size_options > 1)
        return usage();
    o = demo ? ca::demo_options() : given;
    if (demo) {
        // The demo is a fixed data set; --seed and --as-at still apply when given.
        if (seed_given)
            o.seed = given.seed;
        if (as_at_given)
            o.as_at = given.as_at;
        o.pretty = given.pretty;
    }

    std::FILE* f = out_path ? std::fopen(out_path, "wb") : stdout;
    if (!f) {
        std::fprintf(stderr, "caseaudit generate: cannot open %s: %s\n", out_path,
                     std::strerror(errno));
        return 1;
    }
    FileSink sink(f);
    const ca::GenerateStats s = ca::generate_extract(o, sink);
    const bool closed_ok = out_path ? std::fclose(f) == 0 : std::fflush(f) == 0;
    if (sink.failed() || !closed_ok) {
        std::fprintf(stderr, "caseaudit generate: writing failed\n");
        return 1;
    }
    std::fprintf(stderr, "caseaudit generate: %d cases, %d workers, %d teams, %llu bytes\n",
                 s.cases, s.workers, s.teams, static_cast<unsigned long long>(s.bytes));
    return 0;
}

const ca::cli::Registration reg{"generate", "write a synthetic case extract (fictional borough)",
                                k_usage, run_generate};

} // namespace

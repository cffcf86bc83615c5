// caseaudit sample EXTRACT [--worker ID]... [--team ID]... [--supervisions] [--size N]
//                  [--seed N] [--date YYYY-MM-DD] [--include-closed] [--include-audited]
//                  [--include-inactive | --exclude-inactive] [--stratum KEY]...
//                  [--policy FILE] [--json]
//
// Draws an audit sample with the same core call as the app's Sampling view
// (core/audit/sampling.h: default_sample_spec, then draw_sample). Without --seed a new seed
// comes from the clock (seed_from_clock) and is printed, so the draw can be repeated. Exit
// status: 0 drawn (notes such as "only 4 eligible" are not failures), 1 the extract does
// not import, the policy file is invalid, or the sample cannot be drawn (unknown worker or
// team id, size below 1), 2 usage.
//
// Index of this file:
// [SECTION] Arguments
// [SECTION] Output
// [SECTION] Command
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "core/audit/sampling.h"
#include "core/extract/fingerprint.h"
#include "core/extract/import.h"
#include "core/policy/policy.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

using ca::audit::RecordSet;
using ca::audit::SampleResult;
using ca::audit::SampleSpec;
using ca::audit::Stratum;

// ---------------------------------------------------------------------------
// [SECTION] Arguments
// ---------------------------------------------------------------------------

const char* const k_usage =
    "usage: caseaudit sample EXTRACT [--worker ID]... [--team ID]... [--supervisions]\n"
    "                        [--size N] [--seed N] [--date YYYY-MM-DD] [--include-closed]\n"
    "                        [--include-audited] [--include-inactive | --exclude-inactive]\n"
    "                        [--stratum KEY]... [--policy FILE] [--json]\n"
    "strata: open-safeguarding-enquiry, asye-worker\n";

// A whole decimal number with nothing else around it (no sign, no spaces), up to `max`.
std::optional<std::uint64_t> parse_number(const char* text, std::uint64_t max) {
    if (!*text)
        return std::nullopt;
    for (const char* p = text; *p; ++p)
        if (*p < '0' || *p > '9')
            return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text, &end, 10);
    if (errno == ERANGE || *end != '\0' || v > max)
        return std::nullopt;
    return static_cast<std::uint64_t>(v);
}

struct Options {
    ca::cli::CommonArgs common;
    std::vector<std::string> workers;
    std::vector<std::string> teams;
    bool supervisions = false;
    std::optional<int> size;
    std::optional<std::uint64_t> seed;
    std::optional<ca::Date> date;
    bool include_closed = false;
    bool include_audited = false;
    std::optional<bool> exclude_inactive; // the policy's default unless an option says
    std::vector<Stratum> strata;
    bool json = false;
};

// Returns an exit status when the arguments are not usable (with the message printed).
std::optional<int> parse_arguments(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        const bool has_value = i + 1 < argc;
        auto value_error = [&](const char* what) {
            std::fprintf(stderr, "caseaudit sample: %s needs %s, not '%s'\n", a, what, argv[i]);
            return 2;
        };
        if (std::strcmp(a, "--worker") == 0 && has_value) {
            o.workers.emplace_back(argv[++i]);
        } else if (std::strcmp(a, "--team") == 0 && has_value) {
            o.teams.emplace_back(argv[++i]);
        } else if (std::strcmp(a, "--supervisions") == 0) {
            o.supervisions = true;
        } else if (std::strcmp(a, "--size") == 0 && has_value) {
            const std::optional<std::uint64_t> n = parse_number(argv[++i], 1000000);
            if (!n)
                return value_error("a whole number");
            o.size = static_cast<int>(*n);
        } else if (std::strcmp(a, "--seed") == 0 && has_value) {
            o.seed = parse_number(argv[++i], UINT64_MAX);
            if (!o.seed)
                return value_error("a whole number from 0 to 18446744073709551615");
        } else if (std::strcmp(a, "--date") == 0 && has_value) {
            o.date = ca::parse_date(argv[++i]);
            if (!o.date)
                return value_error("a date YYYY-MM-DD");
        } else if (std::strcmp(a, "--include-closed") == 0) {
            o.include_closed = true;
        } else if (std::strcmp(a, "--include-audited") == 0) {
            o.include_audited = true;
        } else if (std::strcmp(a, "--include-inactive") == 0) {
            o.exclude_inactive = false;
        } else if (std::strcmp(a, "--exclude-inactive") == 0) {
            o.exclude_inactive = true;
        } else if (std::strcmp(a, "--stratum") == 0 && has_value) {
            const std::optional<Stratum> s = ca::audit::parse_stratum_key(argv[++i]);
            if (!s)
                return value_error("open-safeguarding-enquiry or asye-worker");
            o.strata.push_back(*s);
        } else if (std::strcmp(a, "--json") == 0) {
            o.json = true;
        } else if (!ca::cli::take_common_argument(argc, argv, i, o.common)) {
            return ca::cli::usage_error(k_usage);
        }
    }
    if (!o.common.extract_path)
        return ca::cli::usage_error(k_usage);
    return std::nullopt;
}

// ---------------------------------------------------------------------------
// [SECTION] Output
// ---------------------------------------------------------------------------

std::string list_of(const std::vector<std::string>& ids) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i)
        out += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + ids[i];
    return out;
}

std::string scope_text(const SampleSpec& spec) {
    if (spec.workers.empty() && spec.teams.empty())
        return "the whole service";
    std::string out;
    if (!spec.workers.empty())
        out += (spec.workers.size() == 1 ? "worker " : "workers ") + list_of(spec.workers);
    if (!spec.teams.empty())
        out += (out.empty() ? "" : " and ") +
               std::string(spec.teams.size() == 1 ? "team " : "teams ") + list_of(spec.teams);
    return out;
}

std::string months(int n) {
    return std::to_string(n) + (n == 1 ? " month" : " months");
}

void print_text(const ca::Extract& ex, const ca::PolicyIdentity& policy, const SampleSpec& spec,
                bool seed_given, bool date_is_as_at, const SampleResult& r) {
    const bool cases = spec.records == RecordSet::Cases;
    std::string label(ca::audit::record_set_label(spec.records));
    if (spec.size == 1)
        label.pop_back(); // "1 case", "1 supervision record"
    std::printf("Sample of %d %s from %s, on %s%s\n", spec.size, label.c_str(),
                scope_text(spec).c_str(), ca::format_date_long(spec.date).c_str(),
                date_is_as_at ? " (the extract's as-at date)" : "");
    if (seed_given)
        std::printf("Seed: %llu\n", static_cast<unsigned long long>(spec.seed));
    else
        std::printf("Seed: %llu (new; repeat this draw with --seed %llu)\n",
                    static_cast<unsigned long long>(spec.seed),
                    static_cast<unsigned long long>(spec.seed));
    std::printf("Extract: %s, as at %s, fingerprint %s\n", ex.metadata.organisation_name.c_str(),
                ca::format_date(ex.metadata.as_at).c_str(), ca::extract_fingerprint(ex).c_str());
    std::printf("Policy: %s, version %s, fingerprint %s\n", policy.name.c_str(),
                policy.version.c_str(), policy.fingerprint.c_str());
    if (cases) {
        const std::vector<std::string> excluding = ca::audit::sample_exclusions(spec);
        std::printf("Excluding:%s\n", excluding.empty() ? " nothing" : "");
        for (const std::string& e : excluding)
            std::printf("  - %s\n", e.c_str());
        if (!spec.exclude_inactive)
            std::printf("Cases with no recent note are included.\n");
    } else {
        std::printf("Supervision records held within %s (after %s)\n",
                    months(spec.activity_months).c_str(),
                    ca::format_date_long(ca::add_months(spec.date, -spec.activity_months)).c_str());
    }
    if (!spec.strata.empty()) {
        std::printf("At least one of:\n");
        for (const Stratum s : spec.strata)
            std::printf("  - %s\n", std::string(ca::audit::stratum_label(s, spec.records)).c_str());
    }

    std::vector<std::pair<std::string, std::size_t>> rows;
    rows.emplace_back("In scope", r.in_scope);
    if (cases) {
        rows.emplace_back("  excluded, closed", r.excluded_closed);
        rows.emplace_back("  excluded, audited within " + months(spec.recently_audited_months),
                          r.excluded_recently_audited);
        rows.emplace_back("  excluded, no note within " + months(spec.activity_months),
                          r.excluded_inactive);
    }
    rows.emplace_back("Eligible", r.eligible);
    std::size_t label_width = 0;
    std::size_t number_width = 0;
    for (const auto& row : rows) {
        label_width = std::max(label_width, row.first.size());
        number_width = std::max(number_width, std::to_string(row.second).size());
    }
    std::printf("\n");
    for (const auto& row : rows)
        std::printf("%-*s  %*zu\n", static_cast<int>(label_width), row.first.c_str(),
                    static_cast<int>(number_width), row.second);

    std::printf("\nDrawn: %zu\n", r.drawn.size());
    std::size_t width = 0;
    for (const ca::audit::DrawnRecord& d : r.drawn)
        width = std::max(width, d.id.size());
    for (std::size_t i = 0; i < r.drawn.size(); ++i)
        std::printf("  %zu. %-*s  %s\n", i + 1, static_cast<int>(width), r.drawn[i].id.c_str(),
                    r.drawn[i].reason.c_str());
    if (!r.notes.empty()) {
        std::printf("\nNotes:\n");
        for (const std::string& n : r.notes)
            std::printf("  %s\n", n.c_str());
    }
}

// The spec's keys are those of the workbook's samples (docs/workbook-format.md).
void print_json(const ca::Extract& ex, const char* path, const ca::PolicyIdentity& policy,
                const SampleSpec& spec, bool seed_given, const SampleResult& r) {
    using Json = nlohmann::ordered_json;
    Json strata = Json::array();
    for (const Stratum s : spec.strata)
        strata.push_back(std::string(ca::audit::stratum_key(s)));
    Json drawn = Json::array();
    for (const ca::audit::DrawnRecord& d : r.drawn)
        drawn.push_back(Json{{"id", d.id}, {"reason", d.reason}});
    const Json out{
        {"extract",
         {{"file", path},
          {"organisation", ex.metadata.organisation_name},
          {"asAt", ca::format_date(ex.metadata.as_at)},
          {"fingerprint", ca::extract_fingerprint(ex)}}},
        {"policy",
         {{"name", policy.name}, {"version", policy.version}, {"fingerprint", policy.fingerprint}}},
        {"spec",
         {{"records", std::string(ca::audit::record_set_key(spec.records))},
          {"workers", spec.workers},
          {"teams", spec.teams},
          {"size", spec.size},
          {"seed", std::to_string(spec.seed)}, // a string: JSON readers in JavaScript stop at 2^53
          {"date", ca::format_date(spec.date)},
          {"excludeRecentlyAudited", spec.exclude_recently_audited},
          {"recentlyAuditedMonths", spec.recently_audited_months},
          {"excludeClosed", spec.exclude_closed},
          {"excludeInactive", spec.exclude_inactive},
          {"activityMonths", spec.activity_months},
          {"strata", strata}}},
        {"seedGiven", seed_given},
        {"counts",
         {{"inScope", r.in_scope},
          {"excludedClosed", r.excluded_closed},
          {"excludedRecentlyAudited", r.excluded_recently_audited},
          {"excludedInactive", r.excluded_inactive},
          {"eligible", r.eligible}}},
        {"drawn", drawn},
        {"notes", r.notes}};
    const std::string text = out.dump(2, ' ', false, Json::error_handler_t::replace);
    std::printf("%s\n", text.c_str());
}

// ---------------------------------------------------------------------------
// [SECTION] Command
// ---------------------------------------------------------------------------

int run_sample(int argc, char** argv) {
    Options o;
    if (const std::optional<int> status = parse_arguments(argc, argv, o))
        return *status;

    const ca::cli::LoadedInputs in = ca::cli::load_inputs(o.common, k_usage);
    if (!in)
        return in.status;
    const ca::Policy& policy = in->policy;
    const ca::Extract& ex = in->extract();

    const bool seed_given = o.seed.has_value();
    std::uint64_t seed = 0;
    if (seed_given) {
        seed = *o.seed;
    } else {
        const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(since_epoch);
        seed = ca::audit::seed_from_clock(static_cast<std::uint64_t>(ms.count()));
    }
    SampleSpec spec = ca::audit::default_sample_spec(ex, policy, seed);
    spec.records = o.supervisions ? RecordSet::Supervisions : RecordSet::Cases;
    spec.workers = o.workers;
    spec.teams = o.teams;
    if (o.size)
        spec.size = *o.size;
    if (o.date)
        spec.date = *o.date;
    if (o.include_closed)
        spec.exclude_closed = false;
    if (o.include_audited)
        spec.exclude_recently_audited = false;
    if (o.exclude_inactive)
        spec.exclude_inactive = *o.exclude_inactive;
    spec.strata = o.strata;

    const SampleResult r = ca::audit::draw_sample(ex, policy, spec);
    if (!r.errors.empty()) {
        for (const std::string& e : r.errors)
            std::fprintf(stderr, "caseaudit sample: %s\n", e.c_str());
        return 1;
    }
    const ca::PolicyIdentity identity = ca::policy_identity(policy);
    if (o.json)
        print_json(ex, o.common.extract_path, identity, spec, seed_given, r);
    else
        print_text(ex, identity, spec, seed_given, !o.date, r);
    return 0;
}

const ca::cli::Registration reg{"sample", "draw a random audit sample of cases or supervisions",
                                k_usage, run_sample};

} // namespace

// Case Audit - deterministic pseudo-random numbers. The algorithm is specified step by step
// in random.h; the numbered comments below refer to those steps.
#include "core/random/random.h"

namespace ca {

namespace {

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

// Step 1.
std::uint64_t SplitMix64::next() {
    state_ += 0x9E3779B97F4A7C15u;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

// Step 4 needs the full 128-bit product. Schoolbook multiplication on 32-bit halves:
// a * b = (ah*2^32 + al) * (bh*2^32 + bl) = ah*bh*2^64 + (ah*bl + al*bh)*2^32 + al*bl,
// with the middle terms' carries added into the high half.
U128 multiply_64x64(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t mask = 0xFFFFFFFFu;
    const std::uint64_t al = a & mask, ah = a >> 32;
    const std::uint64_t bl = b & mask, bh = b >> 32;
    const std::uint64_t ll = al * bl;
    const std::uint64_t lh = al * bh;
    const std::uint64_t hl = ah * bl;
    const std::uint64_t hh = ah * bh;
    // Sum of the three terms that land on bits 32..95, low half first; cannot overflow:
    // each is below 2^64 - 2^33 + 1 after the shifts, and three 32-bit quantities sum < 2^34.
    const std::uint64_t middle = (ll >> 32) + (lh & mask) + (hl & mask);
    U128 r{};
    r.low = (middle << 32) | (ll & mask);
    r.high = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
    return r;
}

// Step 2.
Random::Random(std::uint64_t seed) {
    SplitMix64 sm(seed);
    for (std::uint64_t& word : s_)
        word = sm.next();
}

Random Random::for_stream(std::uint64_t seed, std::uint64_t stream) {
    const std::uint64_t stream_mix = SplitMix64(stream).next();
    return Random(SplitMix64(seed ^ stream_mix).next());
}

Random Random::from_state(const std::array<std::uint64_t, 4>& state) {
    Random r;
    r.s_ = state;
    return r;
}

// Step 3.
std::uint64_t Random::next_u64() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

// Step 4.
std::uint64_t Random::uniform_below(std::uint64_t n) {
    if (n == 0)
        return 0;
    U128 m = multiply_64x64(next_u64(), n);
    if (m.low < n) {
        // (2^64 - n) mod n, written with unsigned wrap-around: 0 - n is 2^64 - n.
        const std::uint64_t threshold = (0 - n) % n;
        while (m.low < threshold)
            m = multiply_64x64(next_u64(), n);
    }
    return m.high;
}

// Step 5.
std::int64_t Random::uniform_int(std::int64_t lo, std::int64_t hi) {
    if (hi < lo)
        return lo; // caller error; documented as a precondition
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    std::uint64_t offset = 0;
    if (span == UINT64_MAX)
        offset = next_u64(); // the full range: every 64-bit value is equally likely
    else
        offset = uniform_below(span + 1);
    // Two's complement wrap-around back into the signed range, without implementation-
    // defined conversions: add in unsigned arithmetic, then map to signed.
    const std::uint64_t u = static_cast<std::uint64_t>(lo) + offset;
    if (u <= static_cast<std::uint64_t>(INT64_MAX))
        return static_cast<std::int64_t>(u);
    return -static_cast<std::int64_t>(~u) - 1;
}

int Random::between(int lo, int hi) {
    return static_cast<int>(uniform_int(lo, hi));
}

// Step 6.
double Random::uniform_real() {
    return static_cast<double>(next_u64() >> 11) * 0x1.0p-53;
}

bool Random::chance(double p) {
    return uniform_real() < p;
}

} // namespace ca

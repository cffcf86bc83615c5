// Case Audit - deterministic pseudo-random numbers.
//
// Audit sampling promises that "the same extract, scope, filters and seed always give the
// same sample", and the synthetic data generator promises byte-identical files for the same
// seed, natively and in the browser. std::mt19937 is portable but std::uniform_int_distribution
// and friends are not (each standard library maps engine output to values differently), so
// this module defines every step itself, using integer arithmetic only. The algorithms are
// written here from their published descriptions; nothing depends on size_t, long or the
// platform's floating point beyond IEEE 754 double multiplication by a power of two (exact).
//
// THE ALGORITHM, precisely (all arithmetic is on unsigned 64-bit integers, modulo 2^64):
//
// 1. SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
//    OOPSLA 2014; constants as in Vigna's reference splitmix64.c). Used only to expand a
//    seed into a state. With a 64-bit counter x, each output is:
//        x = x + 0x9E3779B97F4A7C15
//        z = x
//        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
//        z = (z ^ (z >> 27)) * 0x94D049BB133111EB
//        output z ^ (z >> 31)
//    From x = 0 the outputs are 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F.
//
// 2. Seeding: Random(seed) sets the xoshiro256** state s[0..3] to the first four SplitMix64
//    outputs starting from x = seed. (This never yields the all-zero state, which
//    xoshiro256** must avoid: the four outputs of SplitMix64 are distinct, hence not all 0.)
//    Random::for_stream(seed, stream) is Random(mix(seed, stream)) where
//    mix(seed, stream) = the first SplitMix64 output from x = seed ^ splitmix64_first(stream)
//    and splitmix64_first(v) is the first SplitMix64 output from x = v. It gives independent-
//    looking sequences for record number `stream` without drawing through earlier records.
//
// 3. xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
//    ACM TOMS 2021). next_u64():
//        result = rotl(s[1] * 5, 7) * 9
//        t = s[1] << 17
//        s[2] ^= s[0];  s[3] ^= s[1];  s[1] ^= s[2];  s[0] ^= s[3]
//        s[2] ^= t;     s[3] = rotl(s[3], 45)
//        return result
//    From the state {1, 2, 3, 4} the outputs are 11520, 0, 1509978240, 1215971899390074240.
//
// 4. uniform_below(n), n >= 1: Lemire's multiply-and-reject method ("Fast random integer
//    generation in an interval", ACM TOMACS 2019), which is exactly unbiased:
//        x = next_u64(); m = x * n as a 128-bit product; l = low 64 bits of m
//        if l < n:
//            t = (2^64 - n) mod n         (the number of values to reject)
//            while l < t: x = next_u64(); m = x * n; l = low 64 bits of m
//        return high 64 bits of m
//    The 128-bit product is computed from 32-bit halves, so no compiler extension is used.
//    Usually one draw is consumed; a second is needed with probability below n / 2^64.
//    uniform_below(0) is a caller error: it returns 0 and consumes nothing.
//
// 5. uniform_int(lo, hi), lo <= hi: lo + uniform_below(hi - lo + 1), computed in 64-bit
//    unsigned arithmetic (so the full int64 range works).
//
// 6. uniform_real(): (next_u64() >> 11) * 2^-53, a double in [0, 1) with 53 random bits;
//    every value is exact.  chance(p): uniform_real() < p; always consumes one draw, so a
//    sequence of calls stays aligned whatever p is (p <= 0 is always false, p >= 1 always true).
//
// 7. shuffle (Fisher-Yates, Durstenfeld's in-place form): for i = n-1 down to 1:
//    j = uniform_below(i + 1); swap(a[i], a[j]). A range of n elements consumes n-1 draws of
//    uniform_below. pick(c) returns c[uniform_below(size)] (c must not be empty).
//
// Not for cryptography: the sequence is predictable from its seed by design.
//
// Index of this file:
// [SECTION] SplitMix64
// [SECTION] Random
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace ca {

// ---------------------------------------------------------------------------
// [SECTION] SplitMix64
// ---------------------------------------------------------------------------

// The SplitMix64 generator of step 1 above: a 64-bit counter and an output mix.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();

private:
    std::uint64_t state_;
};

// ---------------------------------------------------------------------------
// [SECTION] Random
// ---------------------------------------------------------------------------

// xoshiro256** seeded through SplitMix64, with unbiased helpers. Copyable: a copy continues
// the same sequence independently.
class Random {
public:
    explicit Random(std::uint64_t seed);
    // A generator for record number `stream` of a run seeded with `seed` (step 2 above).
    static Random for_stream(std::uint64_t seed, std::uint64_t stream);
    // A generator with this exact state (tests and reference vectors). Must not be all zero.
    static Random from_state(const std::array<std::uint64_t, 4>& state);

    std::uint64_t next_u64();
    // A value in [0, n), exactly uniform (step 4). n must be >= 1.
    std::uint64_t uniform_below(std::uint64_t n);
    // A value in [lo, hi], both included, exactly uniform (step 5). Requires lo <= hi.
    std::int64_t uniform_int(std::int64_t lo, std::int64_t hi);
    // int-typed convenience for small ranges (lo <= hi).
    int between(int lo, int hi);
    // A double in [0, 1) with 53 random bits (step 6).
    double uniform_real();
    // True with probability p (step 6); always one draw.
    bool chance(double p);

    // An element of a non-empty container with size() and operator[] (or a C array).
    template <class Container>
    const auto& pick(const Container& c) {
        return c[static_cast<std::size_t>(uniform_below(static_cast<std::uint64_t>(c.size())))];
    }
    template <class T, std::size_t N>
    const T& pick(const T (&a)[N]) {
        return a[static_cast<std::size_t>(uniform_below(N))];
    }
    // An index in [0, n) (n >= 1), as size_t.
    std::size_t index_below(std::size_t n) {
        return static_cast<std::size_t>(uniform_below(static_cast<std::uint64_t>(n)));
    }

    // Fisher-Yates shuffle of [first, first + n) (step 7).
    template <class T>
    void shuffle(T* first, std::size_t n) {
        for (std::size_t i = n; i > 1; --i) {
            const std::size_t j = index_below(i);
            using std::swap;
            swap(first[i - 1], first[j]);
        }
    }
    template <class T>
    void shuffle(std::vector<T>& v) {
        shuffle(v.data(), v.size());
    }

    const std::array<std::uint64_t, 4>& state() const { return s_; }

private:
    Random() = default;
    std::array<std::uint64_t, 4> s_{};
};

// The high and low 64-bit halves of the 128-bit product a * b, computed portably.
struct U128 {
    std::uint64_t high;
    std::uint64_t low;
};
U128 multiply_64x64(std::uint64_t a, std::uint64_t b);

} // namespace ca

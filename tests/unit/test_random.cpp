// Unit tests: the deterministic random number generator (src/core/random/random.h).
//
// Reference values: the SplitMix64 outputs for seed 0 are the published ones of Vigna's
// splitmix64.c; the xoshiro256** outputs for state {1, 2, 3, 4} are worked by hand below;
// the other vectors were computed with an independent 20-line Python transcription of the
// algorithm in random.h (Python integers masked to 64 bits), so a change to any step of the
// documented algorithm fails here. The wasm build runs this same file under node.
//
// Index of this file:
// [SECTION] SplitMix64 and seeding
// [SECTION] xoshiro256**
// [SECTION] 128-bit product
// [SECTION] uniform_below
// [SECTION] uniform_int, uniform_real, chance
// [SECTION] pick and shuffle
#include "core/random/random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

using ca::Random;

// ---------------------------------------------------------------------------
// [SECTION] SplitMix64 and seeding
// ---------------------------------------------------------------------------

TEST_CASE("SplitMix64 from 0 gives the published reference outputs", "[random]") {
    ca::SplitMix64 sm(0);
    CHECK(sm.next() == 0xE220A8397B1DCDAFu);
    CHECK(sm.next() == 0x6E789E6AA1B965F4u);
    CHECK(sm.next() == 0x06C45D188009454Fu);
    CHECK(sm.next() == 0xF88BB8A8724C81ECu);
    CHECK(sm.next() == 0x1B39896A51A8749Bu);
}

TEST_CASE("Random(seed) starts from four SplitMix64 outputs", "[random]") {
    // The state is exactly the first four SplitMix64 outputs from the seed (step 2).
    const Random r(0);
    CHECK(r.state()[0] == 0xE220A8397B1DCDAFu);
    CHECK(r.state()[1] == 0x6E789E6AA1B965F4u);
    CHECK(r.state()[2] == 0x06C45D188009454Fu);
    CHECK(r.state()[3] == 0xF88BB8A8724C81ECu);
}

TEST_CASE("fixed seeds give fixed sequences", "[random]") {
    // Python transcription of random.h, seeds 0 and 42.
    Random r0(0);
    CHECK(r0.next_u64() == 0x99EC5F36CB75F2B4u);
    CHECK(r0.next_u64() == 0xBF6E1F784956452Au);
    CHECK(r0.next_u64() == 0x1A5F849D4933E6E0u);
    CHECK(r0.next_u64() == 0x6AA594F1262D2D2Cu);
    Random r42(42);
    CHECK(r42.next_u64() == 0x15780B2E0C2EC716u);
    CHECK(r42.next_u64() == 0x6104D9866D113A7Eu);
    CHECK(r42.next_u64() == 0xAE17533239E499A1u);
}

TEST_CASE("for_stream derives a stream from seed and stream number", "[random]") {
    Random s = Random::for_stream(42, 7);
    CHECK(s.next_u64() == 0x03EDAC21209632E8u);
    CHECK(s.next_u64() == 0x4077BB3AE0496090u);
    // Neighbouring streams and the plain seed do not coincide.
    CHECK(Random::for_stream(42, 8).next_u64() != 0x03EDAC21209632E8u);
    CHECK(Random(42).next_u64() != 0x03EDAC21209632E8u);
}

// ---------------------------------------------------------------------------
// [SECTION] xoshiro256**
// ---------------------------------------------------------------------------

TEST_CASE("xoshiro256** from state {1,2,3,4}, worked by hand", "[random]") {
    Random r = Random::from_state({1, 2, 3, 4});
    // 1st: rotl(2 * 5, 7) * 9 = (10 << 7) * 9 = 1280 * 9 = 11520.
    //      Update: t = 2 << 17 = 262144; s2 = 3^1 = 2; s3 = 4^2 = 6; s1 = 2^2 = 0;
    //      s0 = 1^6 = 7; s2 = 2^262144 = 262146; s3 = rotl(6, 45) = 6 << 45.
    CHECK(r.next_u64() == 11520u);
    // 2nd: s1 = 0, so rotl(0, 7) * 9 = 0.
    //      Update: t = 0; s2 = 262146^7 = 262149; s3 = (6<<45)^0; s1 = 0^262149 = 262149;
    //      s0 = 7^(6<<45); s3 = rotl(6<<45, 45): bits 46,47 move to 27,28 = 0x18000000.
    CHECK(r.next_u64() == 0u);
    // 3rd: rotl(262149 * 5, 7) * 9 = 1310745 * 128 * 9 = 1509978240.
    CHECK(r.next_u64() == 1509978240u);
    // 4th to 6th: the Python transcription (also the values other xoshiro256** ports list).
    CHECK(r.next_u64() == 1215971899390074240u);
    CHECK(r.next_u64() == 1216172134540287360u);
    CHECK(r.next_u64() == 607988272756665600u);
}

TEST_CASE("a copy continues the same sequence independently", "[random]") {
    Random a(99);
    a.next_u64();
    Random b = a;
    const std::uint64_t x = a.next_u64();
    CHECK(b.next_u64() == x);
}

// ---------------------------------------------------------------------------
// [SECTION] 128-bit product
// ---------------------------------------------------------------------------

TEST_CASE("multiply_64x64 gives both halves of the product", "[random]") {
    // 3 * 5 = 15: all in the low half.
    CHECK(ca::multiply_64x64(3, 5).high == 0u);
    CHECK(ca::multiply_64x64(3, 5).low == 15u);
    // 2^32 * 2^32 = 2^64: high 1, low 0.
    CHECK(ca::multiply_64x64(1ull << 32, 1ull << 32).high == 1u);
    CHECK(ca::multiply_64x64(1ull << 32, 1ull << 32).low == 0u);
    // (2^64 - 1)^2 = 2^128 - 2^65 + 1: high 2^64 - 2, low 1.
    const ca::U128 m = ca::multiply_64x64(UINT64_MAX, UINT64_MAX);
    CHECK(m.high == 0xFFFFFFFFFFFFFFFEu);
    CHECK(m.low == 1u);
    // (2^63 + 1) * 6 = 3 * 2^64 + 6.
    CHECK(ca::multiply_64x64((1ull << 63) + 1, 6).high == 3u);
    CHECK(ca::multiply_64x64((1ull << 63) + 1, 6).low == 6u);
    // x * 0 = 0 and x * 1 = x.
    CHECK(ca::multiply_64x64(0xDEADBEEFCAFEF00Du, 0).high == 0u);
    CHECK(ca::multiply_64x64(0xDEADBEEFCAFEF00Du, 1).low == 0xDEADBEEFCAFEF00Du);
    CHECK(ca::multiply_64x64(0xDEADBEEFCAFEF00Du, 1).high == 0u);
}

// ---------------------------------------------------------------------------
// [SECTION] uniform_below
// ---------------------------------------------------------------------------

TEST_CASE("uniform_below: fixed vectors", "[random]") {
    Random r(2026);
    const std::uint64_t expected[] = {5, 2, 8, 8, 8, 7, 8, 8, 8, 2, 9, 3};
    for (std::uint64_t e : expected)
        CHECK(r.uniform_below(10) == e);
    Random big(2026);
    CHECK(big.uniform_below(6700417) == 3844240u);
    CHECK(big.uniform_below(6700417) == 1900770u);
    CHECK(big.uniform_below(6700417) == 5444151u);
}

TEST_CASE("uniform_below rejects exactly the biased draws", "[random]") {
    // n = 2^63 + 1 rejects about half of all draws: threshold t = (2^64 - n) mod n
    // = 2^63 - 1, and the low half of x * n is x + (x odd ? 2^63 : 0) mod 2^64.
    // Seed 5's raw outputs are 0x49D5...69 (odd, low = 0xC9D5... >= t: accept, x >> 1),
    // 0x9A22...DC (even, low = x >= t: accept), 0xA648...AE (even: accept), then
    // 0xD251...C5, 0x8447...49, 0xC8D6...87, 0x80FE...3F (odd, low = x - 2^63 < t: reject
    // all four) and 0xCF04...88 (even: accept). The accepted value is the high half, x >> 1.
    const std::uint64_t n = (1ull << 63) + 1;
    Random r(5);
    CHECK(r.uniform_below(n) == 0x24EAA8BC652A67B4u); // 0x49D55178CA54CF69 >> 1
    CHECK(r.uniform_below(n) == 0x4D1108AD2693126Eu); // 0x9A22115A4D2624DC >> 1
    CHECK(r.uniform_below(n) == 0x532458E6785DDDD7u); // 0xA648B1CCF0BBBBAE >> 1
    CHECK(r.uniform_below(n) == 0x6782392031F3BCC4u); // 0xCF04724063E77988 >> 1
    // 8 raw draws were consumed: the next raw output is the 9th of seed 5.
    Random raw(5);
    for (int i = 0; i < 8; ++i)
        raw.next_u64();
    CHECK(r.next_u64() == raw.next_u64());
}

TEST_CASE("uniform_below edge cases", "[random]") {
    Random r(1);
    // n = 1 always gives 0 and still consumes one draw.
    Random shadow(1);
    CHECK(r.uniform_below(1) == 0u);
    shadow.next_u64();
    CHECK(r.next_u64() == shadow.next_u64());
    // n = 0 is a caller error: 0, and nothing consumed.
    CHECK(r.uniform_below(0) == 0u);
    CHECK(r.next_u64() == shadow.next_u64());
    // The largest n: every result is below it.
    for (int i = 0; i < 100; ++i)
        CHECK(r.uniform_below(UINT64_MAX) < UINT64_MAX);
}

TEST_CASE("uniform_below is unbiased on small n", "[random]") {
    // For each n, 60000 draws; every count must lie within 5 standard deviations of its
    // expectation: (count - draws/n)^2 <= 25 * draws * p * (1 - p), p = 1/n. For n = 2 the
    // sd is sqrt(60000 * 0.25) = 122.5, so counts 29388..30612 pass. Fixed seeds make the
    // test deterministic.
    for (std::uint64_t n : {2u, 3u, 5u, 6u, 7u, 10u, 13u}) {
        Random r(1000 + n);
        const int draws = 60000;
        std::vector<int> counts(static_cast<std::size_t>(n), 0);
        for (int i = 0; i < draws; ++i)
            ++counts[static_cast<std::size_t>(r.uniform_below(n))];
        const double p = 1.0 / static_cast<double>(n);
        const double expected = draws * p;
        const double variance = draws * p * (1 - p);
        for (std::size_t k = 0; k < counts.size(); ++k) {
            INFO("n = " << n << ", value " << k << ", count " << counts[k]);
            const double d = counts[k] - expected;
            CHECK(d * d <= 25.0 * variance);
        }
    }
    // Tiny n cannot show the bias of the naive x % n (about n / 2^64). n = 3 * 2^61 can:
    // 2^64 = 2n + 2^62, so with x % n the values below 2^62 come up 3 times in 8 and the
    // lower third [0, 2^61) gets 3/8 of the draws (11250 of 30000) instead of 1/3 (10000).
    const std::uint64_t n = 3ull << 61;
    Random r(77);
    int lower_third = 0;
    const int draws = 30000;
    for (int i = 0; i < draws; ++i)
        if (r.uniform_below(n) < (1ull << 61))
            ++lower_third;
    // sd = sqrt(30000 * 1/3 * 2/3) = 81.6; allow 5 sd = 408, far from 11250.
    CHECK(lower_third > 10000 - 408);
    CHECK(lower_third < 10000 + 408);
}

// ---------------------------------------------------------------------------
// [SECTION] uniform_int, uniform_real, chance
// ---------------------------------------------------------------------------

TEST_CASE("uniform_int covers [lo, hi] inclusive, negative ranges too", "[random]") {
    Random r(3);
    bool seen_lo = false, seen_hi = false;
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t v = r.uniform_int(-3, 3);
        CHECK(v >= -3);
        CHECK(v <= 3);
        seen_lo = seen_lo || v == -3;
        seen_hi = seen_hi || v == 3;
    }
    CHECK(seen_lo);
    CHECK(seen_hi);
    // lo == hi: that value (one draw, as uniform_below(1)).
    CHECK(r.uniform_int(42, 42) == 42);
    // The full int64 range does not overflow.
    for (int i = 0; i < 100; ++i)
        (void)r.uniform_int(INT64_MIN, INT64_MAX);
    // Same offset as uniform_below: uniform_int(10, 19) == 10 + uniform_below(10).
    Random a(2026), b(2026);
    for (int i = 0; i < 20; ++i)
        CHECK(a.uniform_int(10, 19) == 10 + static_cast<std::int64_t>(b.uniform_below(10)));
    Random c(2026);
    CHECK(c.between(1, 10) == 6); // 1 + the first uniform_below(10) of seed 2026 (5)
}

TEST_CASE("uniform_real uses the top 53 bits", "[random]") {
    // Seed 7, Python: (x >> 11) / 2^53.
    Random r(7);
    CHECK(r.uniform_real() == 0.7005764821796896);
    CHECK(r.uniform_real() == 0.2787512294737843);
    CHECK(r.uniform_real() == 0.8396274618764198);
    // Bounds: the largest value is 1 - 2^-53 (< 1); 0 is reachable (state with output 0).
    Random zero = Random::from_state({1, 2, 3, 4});
    zero.next_u64();                   // 11520: (11520 >> 11) * 2^-53 = 5 * 2^-53
    CHECK(zero.uniform_real() == 0.0); // the 2nd output is 0
    Random many(8);
    for (int i = 0; i < 10000; ++i) {
        const double v = many.uniform_real();
        CHECK(v >= 0.0);
        CHECK(v < 1.0);
    }
}

TEST_CASE("chance(p) always consumes one draw and respects its bounds", "[random]") {
    Random r(11), shadow(11);
    CHECK_FALSE(r.chance(0.0));
    CHECK(r.chance(1.0));
    CHECK_FALSE(r.chance(-5.0));
    for (int i = 0; i < 3; ++i)
        shadow.next_u64();
    CHECK(r.next_u64() == shadow.next_u64());
    // chance(0.25) over 40000 draws: expected 10000, sd 86.6, allow 5 sd.
    Random q(12);
    int hits = 0;
    for (int i = 0; i < 40000; ++i)
        hits += q.chance(0.25) ? 1 : 0;
    CHECK(hits > 10000 - 433);
    CHECK(hits < 10000 + 433);
}

// ---------------------------------------------------------------------------
// [SECTION] pick and shuffle
// ---------------------------------------------------------------------------

TEST_CASE("pick returns the element at uniform_below(size)", "[random]") {
    const std::vector<std::string> v = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    const char* const arr[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    Random r(2026), s(2026);
    // Seed 2026's uniform_below(10) sequence starts 5, 2, 8.
    CHECK(r.pick(v) == "f");
    CHECK(std::string(s.pick(arr)) == "f");
    CHECK(r.pick(v) == "c");
    CHECK(r.pick(v) == "i");
}

TEST_CASE("shuffle is Durstenfeld's Fisher-Yates and gives a permutation", "[random]") {
    // Python transcription, seed 1, 0..9.
    std::vector<int> a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    Random r(1);
    r.shuffle(a);
    CHECK(a == std::vector<int>{3, 6, 1, 5, 0, 9, 2, 8, 4, 7});

    // Larger arrays: always a permutation of the input.
    Random big(2);
    for (int round = 0; round < 20; ++round) {
        std::vector<int> v(257);
        for (int i = 0; i < 257; ++i)
            v[static_cast<std::size_t>(i)] = i;
        big.shuffle(v);
        std::vector<int> sorted = v;
        std::sort(sorted.begin(), sorted.end());
        bool identity = true;
        for (int i = 0; i < 257; ++i)
            identity = identity && sorted[static_cast<std::size_t>(i)] == i;
        CHECK(identity);
    }

    // Empty and single-element ranges consume nothing.
    Random e(4), shadow(4);
    std::vector<int> empty, one = {7};
    e.shuffle(empty);
    e.shuffle(one);
    CHECK(one == std::vector<int>{7});
    CHECK(e.next_u64() == shadow.next_u64());
}

TEST_CASE("shuffle of 3 elements gives all 6 orders about equally often", "[random]") {
    // 60000 shuffles: each order expected 10000 times, sd = sqrt(60000 * 1/6 * 5/6) = 91.3;
    // allow 5 sd = 456.
    Random r(31);
    std::array<int, 6> counts{};
    for (int i = 0; i < 60000; ++i) {
        std::array<int, 3> a = {0, 1, 2};
        r.shuffle(a.data(), a.size());
        const int code = a[0] * 9 + a[1] * 3 + a[2];
        // The six permutations as base-3 codes: 012=5, 021=7, 102=11, 120=15, 201=19, 210=21.
        const int codes[6] = {5, 7, 11, 15, 19, 21};
        for (int k = 0; k < 6; ++k)
            if (codes[k] == code)
                ++counts[static_cast<std::size_t>(k)];
    }
    int total = 0;
    for (int c : counts) {
        INFO("count " << c);
        CHECK(c > 10000 - 456);
        CHECK(c < 10000 + 456);
        total += c;
    }
    CHECK(total == 60000);
}

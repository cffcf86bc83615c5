#!/usr/bin/env python3
"""An independent model of the sampler's random steps, to derive the expected values of
tests/unit/test_audit_sampling.cpp by a route that shares no code with the product.

It follows the text of src/core/random/random.h (SplitMix64 seeding, xoshiro256**,
Lemire's unbiased uniform_below, Durstenfeld's Fisher-Yates) and of src/core/audit/sampling.h
(step 3: sort the eligible ids bytewise, then shuffle with Random(seed)). Which records are
eligible is worked out by hand in the test's comments; this script only orders them.

    python3 tests/data/sampling/model.py            # checks the reference vectors, prints
                                                     # the shuffles the tests use
    python3 tests/data/sampling/model.py --reversed  # rewrites extract-reversed.json

extract-reversed.json is extract.json with every record list (people, cases and each case's
notes, supervisions, audits) in reverse file order: the same data, so the same sample.
"""
import json
import os
import sys

M64 = (1 << 64) - 1


def splitmix64(x):
    """Yields the SplitMix64 outputs from counter x (random.h step 1)."""
    while True:
        x = (x + 0x9E3779B97F4A7C15) & M64
        z = x
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M64


class Xoshiro:
    def __init__(self, seed=None, state=None):
        if state is None:
            g = splitmix64(seed)
            state = [next(g) for _ in range(4)]  # random.h step 2
        self.s = list(state)

    def next_u64(self):  # random.h step 3
        s = self.s
        result = (rotl((s[1] * 5) & M64, 7) * 9) & M64
        t = (s[1] << 17) & M64
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform_below(self, n):  # random.h step 4 (Python integers hold the 128-bit product)
        m = self.next_u64() * n
        if (m & M64) < n:
            t = ((1 << 64) - n) % n
            while (m & M64) < t:
                m = self.next_u64() * n
        return m >> 64

    def shuffle(self, a):  # random.h step 7
        for i in range(len(a) - 1, 0, -1):
            j = self.uniform_below(i + 1)
            a[i], a[j] = a[j], a[i]
        return a


def sample_order(ids, seed):
    """sampling.h step 3: bytewise sort, then Fisher-Yates with Random(seed)."""
    order = sorted(ids, key=lambda s: s.encode())
    return Xoshiro(seed).shuffle(order)


def check_reference_vectors():
    g = splitmix64(0)
    assert [next(g) for _ in range(3)] == [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4,
                                           0x06C45D188009454F]
    x = Xoshiro(state=[1, 2, 3, 4])
    assert [x.next_u64() for _ in range(4)] == [11520, 0, 1509978240, 1215971899390074240]


def write_reversed():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "extract.json"), encoding="utf-8") as f:
        data = json.load(f)
    for key in ("people", "cases", "supervisions", "audits"):
        data[key].reverse()
    for case in data["cases"]:
        case.get("notes", []).reverse()
    with open(os.path.join(here, "extract-reversed.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")


# The eligible records of the tests (see test_audit_sampling.cpp for why each is eligible).
WHOLE_SERVICE = ["C-01", "C-02", "C-03", "C-06", "C-08", "C-09", "C-10", "C-11", "C-12",
                 "C-15"]
SUPERVISIONS = ["SUP-1", "SUP-2", "SUP-4", "SUP-5"]
WEST = ["C-08", "C-09", "C-10", "C-11", "C-12"]
WEST_DAY_BEFORE = ["C-07", "C-08", "C-09", "C-10", "C-11", "C-12"]
EAST = ["C-01", "C-02", "C-03", "C-06"]
A1 = ["C-01", "C-02", "C-06"]

if __name__ == "__main__":
    check_reference_vectors()
    if "--reversed" in sys.argv:
        write_reversed()
    for name, ids, seeds in (("whole service", WHOLE_SERVICE, (20260316, 7, 8)),
                             ("supervisions", SUPERVISIONS, (20260316,)),
                             ("supervisions of T-EAST", ["SUP-1", "SUP-2"], (20260316,)),
                             ("supervisions of T-WEST", ["SUP-4", "SUP-5"], (20260316,)),
                             ("T-WEST", WEST, (20260316,)),
                             ("T-WEST on 2026-03-15", WEST_DAY_BEFORE, (20260316,)),
                             ("T-EAST", EAST, (20260316,)),
                             ("W-A1", A1, (20260316,)),
                             ("W-A1 and T-WEST", A1 + WEST, (20260316,))):
        for seed in seeds:
            print(f"{name}, seed {seed}: {' '.join(sample_order(ids, seed))}")

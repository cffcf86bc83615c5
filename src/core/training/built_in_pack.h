// Case Audit - the built-in training pack: six practice cases from the demo borough of
// Eastmere, chosen to teach, with their reference audits.
//
// Deterministic, like the demo: the generator writes 60 cases of the demo borough (the
// demo's seed and as-at date); the reference audit of every case is drafted
// (reference_draft.h); six cases are chosen, one at a time, each the case that teaches most
// of what is still untaught (ties: the earlier case), where the things to teach are, in
// order: good recording (a case graded Good or better with no writing area Not met), jargon,
// opinion written as fact, missing strengths, discriminatory wording, late notes (timescales not
// met or partly met), a missing capacity assessment, correspondence not uploaded, a risk
// assessment not completed, then every area Met and every area Not met. The pack's extract keeps
// only those six cases, their people, every team and worker, and no supervision records, Director
// discussions or past audits (which would name cases that are not there); the references are then
// drafted again on that extract, so they describe exactly the records the trainee sees.
//
// The same bytes natively and in wasm (a unit test compares fingerprints).
#pragma once

#include "core/training/pack.h"

#include <string>
#include <vector>

namespace ca::training {

struct BuiltInPack {
    std::string json;                  // the pack file (save_pack_json)
    std::vector<std::string> teaching; // what it teaches that the choice covered, in order
};

BuiltInPack built_in_pack();

} // namespace ca::training

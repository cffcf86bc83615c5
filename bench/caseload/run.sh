#!/usr/bin/env bash
# Caseload rules benchmark: builds bench_caseload.cpp natively (g++ -O2) and for wasm
# (em++ -O2, run under node) and runs both on a generated extract of SIZE_MB megabytes.
# Not part of the default build or the tests.
#
# usage: bench/caseload/run.sh [SIZE_MB] [RUNS]    (default: 100 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/build/bench-caseload"
SIMD="$ROOT/build/deps/simdjson-src/singleheader"
JSONINC="$OUT/json-include"
mkdir -p "$OUT" "$JSONINC"
[[ -e "$JSONINC/nlohmann" ]] || ln -s /usr/include/nlohmann "$JSONINC/nlohmann"
MB="${1:-100}"
RUNS="${2:-5}"

SRCS=("$ROOT"/src/core/extract/*.cpp "$ROOT"/src/core/generate/*.cpp
      "$ROOT"/src/core/random/*.cpp "$ROOT"/src/core/policy/*.cpp
      "$ROOT"/src/core/caseload/*.cpp "$ROOT"/src/core/export/*.cpp
      "$ROOT/src/core/calendar/date.cpp" "$ROOT/bench/caseload/bench_caseload.cpp")
FLAGS=(-std=c++17 -O2 -DNDEBUG -DSIMDJSON_EXCEPTIONS=0 -DSIMDJSON_NO_PORTABILITY_WARNING=1
       -I"$ROOT/src" -isystem "$SIMD" -isystem "$JSONINC")

g++ "${FLAGS[@]}" "${SRCS[@]}" "$SIMD/simdjson.cpp" -o "$OUT/bench_native"
NODE_PATH=/usr/share/nodejs em++ "${FLAGS[@]}" -fexceptions "${SRCS[@]}" "$SIMD/simdjson.cpp" \
  -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sENVIRONMENT=node -o "$OUT/bench_wasm.js"

echo -n "native:      "; "$OUT/bench_native" "$MB" "$RUNS"
echo -n "wasm (node): "; node --no-experimental-fetch "$OUT/bench_wasm.js" "$MB" "$RUNS"

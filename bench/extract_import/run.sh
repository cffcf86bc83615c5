#!/usr/bin/env bash
# Extract import benchmark: generates synthetic extracts, builds the benchmark natively
# (g++ -O2) and for wasm (em++ -O2, run under node), and times node's JSON.parse on the
# same files. Not part of the default build or the tests.
#
# usage: bench/extract_import/run.sh [SIZE_MB ...]    (default: 50 200)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/build/bench-extract}"   # BENCH_OUT: another folder (one per engineer)
SIMD="$ROOT/build/deps/simdjson-src/singleheader"
JSONINC="$OUT/json-include"
mkdir -p "$OUT" "$JSONINC"
[[ -e "$JSONINC/nlohmann" ]] || ln -s /usr/include/nlohmann "$JSONINC/nlohmann"
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(50 200)

SRCS=("$ROOT"/src/core/extract/*.cpp "$ROOT"/src/core/calendar/date.cpp
      "$ROOT/bench/extract_import/bench_import.cpp")
FLAGS=(-std=c++17 -O2 -DNDEBUG -DSIMDJSON_EXCEPTIONS=0 -DSIMDJSON_NO_PORTABILITY_WARNING=1
       -I"$ROOT/src" -isystem "$SIMD" -isystem "$JSONINC")

if [[ ! -x "$OUT/bench_native" ]]; then
  g++ "${FLAGS[@]}" "${SRCS[@]}" "$SIMD/simdjson.cpp" -o "$OUT/bench_native"
fi
if [[ ! -f "$OUT/bench_wasm.js" ]]; then
  # As in the CMake build: the importer and simdjson without exception support (no JS
  # trampoline around their calls; see cmake/CaseAuditSimdjson.cmake), the rest with it.
  OBJ="$OUT/wasm-obj"
  mkdir -p "$OBJ"
  export NODE_PATH=/usr/share/nodejs
  OBJS=()
  for src in "${SRCS[@]}" "$SIMD/simdjson.cpp"; do
    eh=-fexceptions
    case "$src" in */extract/import.cpp|*/simdjson.cpp) eh=-fno-exceptions ;; esac
    OBJS+=("$OBJ/$(basename "$src" .cpp).o")
    em++ "${FLAGS[@]}" "$eh" -c "$src" -o "${OBJS[-1]}"
  done
  em++ -O2 -fexceptions "${OBJS[@]}" \
    -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB -sENVIRONMENT=node \
    -o "$OUT/bench_wasm.js"
fi

for mb in "${SIZES[@]}"; do
  f="$OUT/extract-${mb}mb.json"
  [[ -f "$f" ]] || python3 "$ROOT/bench/extract_import/gen_extract.py" "$f" "$mb"
  echo "== $mb MB"
  echo -n "native:      "; "$OUT/bench_native" "$f" 3
  echo -n "wasm (node): "; node --no-experimental-fetch "$OUT/bench_wasm.js" "$f" 3
  echo -n "JSON.parse:  "; node --max-old-space-size=8192 "$ROOT/bench/extract_import/bench_json_parse.mjs" "$f" 3
done

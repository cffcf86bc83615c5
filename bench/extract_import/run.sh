#!/usr/bin/env bash
# Extract import benchmark: generates synthetic extracts, builds the benchmark natively
# and for wasm (bench/build.sh; wasm runs under node), and times node's JSON.parse on the
# same files. Not part of the default build or the tests.
#
# usage: bench/extract_import/run.sh [SIZE_MB ...]    (default: 50 200)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${BENCH_OUT:-$ROOT/build/bench-extract}"   # BENCH_OUT: another folder (one per engineer)
mkdir -p "$OUT"
SIZES=("$@")
((${#SIZES[@]})) || SIZES=(50 200)
# The core library as the app builds it (the importer without exception support in wasm:
# see src/core/CMakeLists.txt).
mapfile -t bin < <("$ROOT/bench/build.sh" bench_import)

for mb in "${SIZES[@]}"; do
  f="$OUT/extract-${mb}mb.json"
  [[ -f "$f" ]] || python3 "$ROOT/bench/extract_import/gen_extract.py" "$f" "$mb"
  echo "== $mb MB"
  echo -n "native:      "; "${bin[0]}" "$f" 3
  echo -n "wasm (node): "; node --no-experimental-fetch "${bin[1]}" "$f" 3
  echo -n "JSON.parse:  "; node --max-old-space-size=8192 "$ROOT/bench/extract_import/bench_json_parse.mjs" "$f" 3
done

#!/usr/bin/env bash
# Builds one benchmark target natively and for wasm (Release, CASEAUDIT_BENCH=ON), in
# build/bench-native and build/bench-wasm (BENCH_BUILD: another prefix, one per engineer).
#
# usage: bench/build.sh TARGET      prints the two paths: native binary, wasm .js
#        (a TARGET ending in _web is wasm only: one path)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="${BENCH_BUILD:-$ROOT/build/bench}"
target=$1
if [[ ! -f $PREFIX-native/build.ninja ]]; then
  cmake -S "$ROOT" -B "$PREFIX-native" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCASEAUDIT_BENCH=ON -DCASEAUDIT_DESKTOP=OFF >/dev/null
fi
if [[ ! -f $PREFIX-wasm/build.ninja ]]; then
  emcmake cmake -S "$ROOT" -B "$PREFIX-wasm" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCASEAUDIT_BENCH=ON >/dev/null
fi
if [[ $target == *_web ]]; then # wasm only: the importer for a page or node
  cmake --build "$PREFIX-wasm" --target "$target" >&2
  echo "$PREFIX-wasm/bench/$target.js"
  exit 0
fi
cmake --build "$PREFIX-native" --target "$target" >&2
cmake --build "$PREFIX-wasm" --target "$target" >&2
echo "$PREFIX-native/bench/$target"
echo "$PREFIX-wasm/bench/$target.js"

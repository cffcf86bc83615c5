#!/usr/bin/env bash
# Recording-quality assistant benchmark: builds bench_text natively (g++ -O2) and for wasm
# (em++ -O2, run under node), with the word lists and the en_GB dictionary embedded the way
# the app embeds them. Not part of the default build or the tests.
#
# usage: bench/text_quality/run.sh [MB]    (default 100: MB of note text for the extract run)
# Delete build/bench-text/bench_native and bench_wasm.js to rebuild after a change.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/build/bench-text"
HUN="$ROOT/build/deps/hunspell-src/src/hunspell"
JSONINC="$OUT/json-include"
mkdir -p "$OUT/embedded/embedded" "$JSONINC"
[[ -e "$JSONINC/nlohmann" ]] || ln -s /usr/include/nlohmann "$JSONINC/nlohmann"
MB="${1:-100}"

# The same generator as the build (cmake/embed_files.cmake).
ENTRIES="en_GB.aff=/usr/share/hunspell/en_GB.aff|en_GB.dic=/usr/share/hunspell/en_GB.dic"
for f in "$ROOT"/assets/core/text-*.json; do ENTRIES="$ENTRIES|$(basename "$f")=$f"; done
cmake -DOUT_CPP="$OUT/embedded/ca_core_assets.cpp" -DOUT_H="$OUT/embedded/embedded/ca_core_assets.h" \
      -DNS=ca_core_assets "-DENTRIES=$ENTRIES" -P "$ROOT/cmake/embed_files.cmake"

HUNSRC=()
for f in "$HUN"/*.cxx; do [[ "$(basename "$f")" == filemgr.cxx ]] || HUNSRC+=("$f"); done
SRCS=("$ROOT"/src/core/text/*.cpp "$ROOT/src/hunspell_glue/memory_filemgr.cpp"
      "$OUT/embedded/ca_core_assets.cpp" "$ROOT/bench/text_quality/bench_text.cpp" "${HUNSRC[@]}")
FLAGS=(-std=c++17 -O2 -DNDEBUG -DHUNSPELL_STATIC -w -I"$ROOT/src" -I"$OUT/embedded"
       -isystem "$HUN" -isystem "$JSONINC")

[[ -x "$OUT/bench_native" ]] || g++ "${FLAGS[@]}" "${SRCS[@]}" -o "$OUT/bench_native"
[[ -f "$OUT/bench_wasm.js" ]] || NODE_PATH=/usr/share/nodejs em++ "${FLAGS[@]}" -fexceptions \
    "${SRCS[@]}" -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node -sFILESYSTEM=0 -o "$OUT/bench_wasm.js"

[[ "${BUILD_ONLY:-}" ]] && exit 0
echo "== native"; "$OUT/bench_native" "$MB"
echo "== wasm (node)"; node --no-experimental-fetch "$OUT/bench_wasm.js" "$MB"

#!/usr/bin/env bash
# Recording-quality assistant benchmark: bench_text natively and in wasm (under node), with
# the word lists and the en_GB dictionary embedded as the app embeds them. Not part of the
# default build or the tests.
#
# usage: bench/text_quality/run.sh [MB]    (default 100: MB of note text for the extract run)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MB="${1:-100}"
mapfile -t bin < <("$ROOT/bench/build.sh" bench_text)
[[ "${BUILD_ONLY:-}" ]] && exit 0
echo "== native"; "${bin[0]}" "$MB"
echo "== wasm (node)"; node --no-experimental-fetch "${bin[1]}" "$MB"

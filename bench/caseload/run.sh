#!/usr/bin/env bash
# Caseload rules benchmark: bench_caseload natively and in wasm (under node), on a generated
# extract of SIZE_MB megabytes. Not part of the default build or the tests.
#
# usage: bench/caseload/run.sh [SIZE_MB] [RUNS]    (default: 100 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MB="${1:-100}"
RUNS="${2:-5}"
mapfile -t bin < <("$ROOT/bench/build.sh" bench_caseload)
echo -n "native:      "; "${bin[0]}" "$MB" "$RUNS"
echo -n "wasm (node): "; node --no-experimental-fetch "${bin[1]}" "$MB" "$RUNS"

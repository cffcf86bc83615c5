#!/usr/bin/env bash
# Reports benchmark: bench_report natively and in wasm (under node), on a generated
# extract of SIZE_MB megabytes. Not part of the default build or the tests.
#
# usage: bench/report/run.sh [SIZE_MB] [RUNS]    (default: 100 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MB="${1:-100}"
RUNS="${2:-5}"
mapfile -t bin < <("$ROOT/bench/build.sh" bench_report)
echo -n "native:      "; "${bin[0]}" "$MB" "$RUNS"
echo -n "wasm (node): "; node --no-experimental-fetch "${bin[1]}" "$MB" "$RUNS"

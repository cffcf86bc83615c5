#!/usr/bin/env bash
# Audit workspace benchmark: bench_audit natively and in wasm (under node). Not part of the
# default build or the tests.
#
# usage: bench/audit/run.sh [NOTES] [RUNS] [SAMPLE_MB]    (default: 5000 5 100)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mapfile -t bin < <("$ROOT/bench/build.sh" bench_audit)
echo -n "native:      "; "${bin[0]}" "$@"
echo -n "wasm (node): "; node --no-experimental-fetch "${bin[1]}" "$@"

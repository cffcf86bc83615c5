#!/usr/bin/env bash
# Case Audit: build the fuzz targets (tests/fuzz, libFuzzer with ASan + UBSan, Debian's
# clang) and run them. See docs/reliability.md for what each target checks and the figures.
#
#   scripts/fuzz.sh [MINUTES]          run each target MINUTES minutes (default 10), one after
#                                      the other (PARALLEL=1: all at once, one core each);
#                                      TARGETS="fuzz_policy ..." picks some
#   scripts/fuzz.sh --check [SECONDS]  what scripts/test.sh runs: replay the committed corpus
#                                      and the saved regressions, then run each target SECONDS
#                                      seconds (default 5); prints "fuzz: N passed, M failed"
#
# The committed seeds are tests/fuzz/corpus/<target>/ (small, hand-picked); inputs that once
# failed are kept in tests/fuzz/regressions/<target>/ and replayed for ever. The working
# corpus grows in build/fuzz/corpus/<target>/ (never committed); a failing input is saved in
# build/fuzz/crashes/<target>/. Each run appends its figures to build/fuzz/history.log.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FUZZ="$ROOT/tests/fuzz"
OUT="$ROOT/build/fuzz"
ALL_TARGETS=(fuzz_extract fuzz_policy fuzz_workbook fuzz_pack)
read -r -a targets <<<"${TARGETS:-${ALL_TARGETS[*]}}"

mode=run
if [[ ${1:-} == --check ]]; then
  mode=check
  seconds=${2:-5}
else
  minutes=${1:-10}
fi

# ---------------------------------------------------------------------------
# [SECTION] Build
# ---------------------------------------------------------------------------
build() {
  if [[ ! -f $OUT/build.ninja ]]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$OUT" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCASEAUDIT_FUZZ=ON -DCASEAUDIT_DESKTOP=OFF >/dev/null || return 1
  fi
  cmake --build "$OUT" -j "${JOBS:-2}" --target "${targets[@]}"
}
mkdir -p "$OUT"
if ! build >"$OUT/build.log" 2>&1; then
  tail -n 40 "$OUT/build.log"
  echo "fuzz: 0 passed, 1 failed (the fuzz targets did not build)"
  exit 1
fi

# libFuzzer's options for a target: its dictionary, a size limit well above the seeds, and
# a per-input time limit far above what any input takes (a hang is a fault too).
options() { # TARGET: sets opts
  opts=("-dict=$FUZZ/${1#fuzz_}.dict" -max_len=65536 -timeout=20 -rss_limit_mb=3072
    -print_final_stats=1)
}

# "executions coverage features corpus" from a libFuzzer log.
figures() {
  local execs cov
  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\)/\1/p' "$1" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$1" | tail -n 1)
  echo "${execs:-0} executions, ${cov:-no coverage line}"
}

# ---------------------------------------------------------------------------
# [SECTION] --check: replay, then a brief run (scripts/test.sh)
# ---------------------------------------------------------------------------
if [[ $mode == check ]]; then
  passed=0
  failed=0
  for t in "${targets[@]}"; do
    name=${t#fuzz_}
    mapfile -t inputs < <(find "$FUZZ/corpus/$name" "$FUZZ/regressions/$name" -type f 2>/dev/null | sort)
    options "$t"
    if "$OUT/tests/fuzz/$t" "${opts[@]}" "${inputs[@]}" >"$OUT/$t.replay.log" 2>&1; then
      echo "fuzz: PASS $t replays ${#inputs[@]} inputs"; passed=$((passed + 1))
    else
      tail -n 30 "$OUT/$t.replay.log"; echo "fuzz: FAIL $t replay"; failed=$((failed + 1))
    fi
    work=$(mktemp -d)
    cp "$FUZZ/corpus/$name"/* "$work"/
    mkdir -p "$OUT/crashes/$name"
    if "$OUT/tests/fuzz/$t" "${opts[@]}" -max_total_time="$seconds" \
      -artifact_prefix="$OUT/crashes/$name/" "$work" >"$OUT/$t.check.log" 2>&1; then
      echo "fuzz: PASS $t ran ${seconds}s: $(figures "$OUT/$t.check.log")"; passed=$((passed + 1))
    else
      tail -n 30 "$OUT/$t.check.log"; echo "fuzz: FAIL $t (input saved in build/fuzz/crashes/$name/)"
      failed=$((failed + 1))
    fi
    rm -rf "$work"
  done
  echo "fuzz: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit
fi

# ---------------------------------------------------------------------------
# [SECTION] A real run
# ---------------------------------------------------------------------------
run_target() { # TARGET: one real run, its figures appended to history.log
  local t=$1 name=${1#fuzz_} log rc line
  mkdir -p "$OUT/corpus/$name" "$OUT/crashes/$name"
  cp -n "$FUZZ/corpus/$name"/* "$OUT/corpus/$name"/
  log="$OUT/$t.$(date -u +%Y%m%dT%H%M%S).log"
  echo "== $t for $minutes min (log: $log)"
  options "$t"
  "$OUT/tests/fuzz/$t" "${opts[@]}" -max_total_time=$((minutes * 60)) \
    -artifact_prefix="$OUT/crashes/$name/" "$OUT/corpus/$name" >"$log" 2>&1
  rc=$?
  line="$(date -u +%FT%TZ) $t ${minutes}min: $(figures "$log"), exit $rc"
  echo "$line" | tee -a "$OUT/history.log"
  if [[ $rc -ne 0 ]]; then
    grep -m 5 -E 'ERROR|fuzz property failed|Test unit written' "$log"
    return 1
  fi
}

status=0
if [[ ${PARALLEL:-0} == 1 ]]; then
  pids=()
  for t in "${targets[@]}"; do
    run_target "$t" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
  for t in "${targets[@]}"; do run_target "$t" || status=1; done
fi
exit $status

#!/usr/bin/env bash
# Case Audit: set up, build and run every test. This is the README's test command, and
# exactly what CI runs (.ci/run).
#
# Layers, in order (each must pass, and each must have run at least one test):
#   1. format    clang-format has nothing to change in src/, tests/ and bench/
#   2. native    core unit tests (Catch2) with AddressSanitizer and UBSan, through ctest
#   3. wasm      the same core unit tests compiled to WebAssembly, run under node
#   4. fuzz      the fuzz targets (tests/fuzz, libFuzzer + ASan + UBSan): every committed
#                corpus input and saved regression replayed, then each target run a few
#                seconds (scripts/fuzz.sh --check); a real run is scripts/fuzz.sh MINUTES
#   5. browser   end-to-end tests of the real page in Chromium and Firefox ESR
#
# Options: --no-browser skips layer 5 (for a quick run while developing; CI never uses it).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
browser=yes
[[ ${1:-} == --no-browser ]] && browser=no

bash scripts/setup.sh || { echo "test: setup failed" >&2; exit 1; }

LOGS="$ROOT/build/test-logs"
mkdir -p "$LOGS"
total_passed=0
total_failed=0
results=()
record() { # layer, passed, failed, status
  local layer=$1 passed=${2:-0} failed=${3:-0} status=$4
  if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi # a crash or build failure
  if [[ $status -eq 0 && $passed -eq 0 ]]; then failed=1; status=1; echo "test: $layer ran no test" >&2; fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  results+=("$(printf '%-8s %s  (%d passed, %d failed)' "$layer" "$([[ $status -eq 0 ]] && echo ok || echo FAILED)" "$passed" "$failed")")
}

# 1. Formatting
echo "== format: clang-format"
mapfile -t sources < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h')
unformatted=0
for f in "${sources[@]}"; do
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "   needs clang-format: $f"; unformatted=$((unformatted + 1))
  fi
done
if (( unformatted == 0 )); then record format 1 0 0; else record format 0 "$unformatted" 1; fi

# 2. Native unit tests with sanitizers
echo "== native: core unit tests (ASan + UBSan)"
if bash scripts/build.sh checked >"$LOGS/build-checked.log" 2>&1; then
  (cd build/native-asan && ctest --output-on-failure -j 2) | tee "$LOGS/native.log"
  status=${PIPESTATUS[0]}
  passed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2 \1/p' "$LOGS/native.log" | awk '{print $1-$2}')
  failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of.*/\1/p' "$LOGS/native.log")
  record native "$passed" "$failed" "$status"
else
  tail -n 40 "$LOGS/build-checked.log"; record native 0 0 1
fi

# The optimised native build (CLI, desktop UI) must keep compiling too.
if ! bash scripts/build.sh native >"$LOGS/build-native.log" 2>&1; then
  tail -n 40 "$LOGS/build-native.log"; record build 0 1 1
fi

# 3. The same tests in WebAssembly
echo "== wasm: core unit tests under node"
if bash scripts/build.sh web >"$LOGS/build-web.log" 2>&1; then
  # -V: the wasm test binary is one ctest entry; its own Catch2 summary gives the count.
  (cd build/wasm && ctest --output-on-failure -V) | tee "$LOGS/wasm.log"
  status=${PIPESTATUS[0]}
  # Strip ctest's "N: " prefix, then read Catch2's "All tests passed (A assertions in N
  # test cases)" or "test cases: N | P passed | F failed".
  catch_summary=$(sed 's/^[0-9]*: //' "$LOGS/wasm.log")
  passed=$(sed -n 's/^All tests passed (.* in \([0-9]*\) test cases*).*/\1/p; s/^test cases: *[0-9]* | *\([0-9]*\) passed.*/\1/p' <<<"$catch_summary" | tail -n 1)
  failed=$(sed -n 's/^test cases:.*| *\([0-9]*\) failed.*/\1/p' <<<"$catch_summary" | tail -n 1)
  record wasm "$passed" "$failed" "$status"
else
  tail -n 40 "$LOGS/build-web.log"; record wasm 0 0 1
fi

# 4. Fuzz targets: replay the corpus, then a few seconds each
echo "== fuzz: replay and a brief run of each target"
bash scripts/fuzz.sh --check "${FUZZ_SECONDS:-5}" | tee "$LOGS/fuzz.log"
status=${PIPESTATUS[0]}
passed=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' "$LOGS/fuzz.log" | tail -n 1)
failed=$(sed -n 's/^fuzz: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' "$LOGS/fuzz.log" | tail -n 1)
record fuzz "$passed" "$failed" "$status"

# 5. Browsers
if [[ $browser == yes ]]; then
  echo "== browser: Chromium and Firefox ESR"
  bash tests/e2e/run.sh all | tee "$LOGS/browser.log"
  status=${PIPESTATUS[0]}
  passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$LOGS/browser.log" | tail -n 1)
  failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$LOGS/browser.log" | tail -n 1)
  record browser "$passed" "$failed" "$status"
fi

echo
echo "== summary"
printf '   %s\n' "${results[@]}"
echo "all: $total_passed passed, $total_failed failed"
[[ $total_failed -eq 0 ]]

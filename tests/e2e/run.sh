#!/usr/bin/env bash
# Case Audit browser end-to-end tests.
#
#   tests/e2e/run.sh            all browsers (Chromium headless, Firefox ESR headed on Xvfb)
#   tests/e2e/run.sh chromium   Chromium only, no X display needed
#   tests/e2e/run.sh firefox    Firefox ESR only, under xvfb-run
#
# Tests the build in dist/ (scripts/build.sh web), or in $CASEAUDIT_DIST.
# Prints node's spec report, then node's TAP summary lines (# tests, # pass, # fail...)
# last. The full TAP report is kept in build/e2e/report.tap and screenshots in
# build/e2e/screenshots/. Exits non-zero when a test fails or when no test ran.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$ROOT/build/e2e"
TAP="$OUT/report.tap"
XVFB_SCREEN="-screen 0 1366x768x24"

which="${1:-all}"
chromium_files=(chromium-http.test.mjs chromium-import.test.mjs chromium-caseloads.test.mjs chromium-audit.test.mjs chromium-storage.test.mjs chromium-file.test.mjs chromium-a11y.test.mjs chromium-keyboard-audit.test.mjs chromium-reports.test.mjs chromium-training.test.mjs)
firefox_files=(firefox.test.mjs firefox-audit.test.mjs firefox-storage.test.mjs firefox-a11y.test.mjs firefox-keyboard-audit.test.mjs firefox-reports.test.mjs firefox-training.test.mjs)
case "$which" in
  chromium) files=("${chromium_files[@]}"); display=no ;;
  firefox) files=("${firefox_files[@]}"); display=yes ;;
  all) files=("${chromium_files[@]}" "${firefox_files[@]}"); display=yes ;;
  *) echo "usage: $0 [all|chromium|firefox]" >&2; exit 2 ;;
esac

dist="${CASEAUDIT_DIST:-$ROOT/dist}"
if [[ ! -f $dist/index.html ]]; then
  echo "e2e: $dist/index.html is missing: build the web app first (scripts/build.sh web)" >&2
fi

cd "$HERE"
if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "e2e: installing test packages from package-lock.json (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || { echo "e2e: npm ci failed" >&2; exit 1; }
fi

mkdir -p "$OUT"
rm -rf "$OUT/screenshots" "$TAP"

# One node process runs every file, one file at a time (the machine is small and the
# browsers are heavy). Chromium runs headless and ignores the X display; Firefox needs
# one, so with Firefox in the run the whole process runs under xvfb-run.
cmd=(node --test --test-concurrency=1 --test-timeout=300000
  --test-reporter=spec --test-reporter-destination=stdout
  --test-reporter=tap --test-reporter-destination="$TAP"
  "${files[@]}")
if [[ $display == yes ]]; then
  command -v xvfb-run >/dev/null || { echo "e2e: xvfb-run is missing (scripts/setup.sh installs it)" >&2; exit 1; }
  cmd=(xvfb-run -a -s "$XVFB_SCREEN" "${cmd[@]}")
fi

echo "e2e: ${which}: ${files[*]} against $dist"
"${cmd[@]}"
status=$?

count() { sed -n "s/^# $1 \\([0-9]*\\)\$/\\1/p" "$TAP" 2>/dev/null | tail -n 1; }
passed=$(count pass)
failed=$(count fail)
cancelled=$(count cancelled)
if (( ${passed:-0} + ${failed:-0} == 0 )); then
  echo "e2e: no test ran" >&2
  status=1
elif (( ${failed:-0} + ${cancelled:-0} > 0 && status == 0 )); then
  status=1
fi

# node's own summary lines, last, from the TAP report.
[[ -f $TAP ]] && sed -n '/^# tests [0-9]/,$p' "$TAP"
exit $status

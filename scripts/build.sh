#!/usr/bin/env bash
# Case Audit: build. Assumes scripts/setup.sh has run (serve.sh and test.sh run it first).
#
#   scripts/build.sh web       the web app: dist/index.html (+ .js, .wasm) and the single-file
#                              dist/case-audit.html, plus the core tests compiled to wasm
#   scripts/build.sh native    the `caseaudit` command-line tool and the desktop UI, optimised
#                              (build/native/)
#   scripts/build.sh checked   the core tests with AddressSanitizer and UBSan (build/native-asan/)
#   scripts/build.sh all       all three
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs # Debian's emcc needs acorn from here
JOBS="${JOBS:-$(nproc)}"

configure() { # dir, extra cmake args...
  local dir=$1; shift
  if [[ ! -f $dir/build.ninja ]]; then
    "$@" >"$dir.configure.log" 2>&1 || { cat "$dir.configure.log"; exit 1; }
  fi
}

build_web() {
  mkdir -p build
  configure build/wasm emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release
  cmake --build build/wasm -j "$JOBS"
}
build_native() {
  mkdir -p build
  configure build/native cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  # The product only: the unit tests run in the checked build (and in wasm).
  local targets=(caseaudit)
  grep -q "^CASEAUDIT_DESKTOP:BOOL=ON" build/native/CMakeCache.txt && targets+=(caseaudit-desktop)
  cmake --build build/native -j "$JOBS" --target "${targets[@]}"
}
build_checked() {
  mkdir -p build
  configure build/native-asan cmake -S . -B build/native-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DCASEAUDIT_SANITIZE=ON -DCASEAUDIT_DESKTOP=OFF
  cmake --build build/native-asan -j "$JOBS"
}

case "${1:-all}" in
  web) build_web ;;
  native) build_native ;;
  checked) build_checked ;;
  all) build_checked; build_native; build_web ;;
  *) echo "usage: $0 [web|native|checked|all]" >&2; exit 2 ;;
esac

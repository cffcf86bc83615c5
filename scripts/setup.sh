#!/usr/bin/env bash
# Case Audit: install everything the build and the tests need, idempotently.
#
# - Debian packages through apt-get (only the ones that are missing).
# - The source packages of Dear ImGui, SDL2 and hunspell through `apt-get source`,
#   unpacked under build/deps/ (the machine's own apt sources are reused as deb-src,
#   so no mirror address is written into this repository).
# - SDL2 built once for WebAssembly, cached in build/deps/sdl2-wasm/.
# - npm packages for the browser tests, from tests/e2e/package-lock.json.
#
# Safe to run again: every step checks whether its result is already there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEPS="$ROOT/build/deps"
mkdir -p "$DEPS"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# ---------------------------------------------------------------------------
# [SECTION] Debian packages
# ---------------------------------------------------------------------------
PACKAGES=(
  # native build and checks (clang and its runtime: libFuzzer and the sanitizers for the
  # fuzz targets, scripts/fuzz.sh)
  cmake ninja-build g++ clang-format clang libclang-rt-14-dev ca-certificates xz-utils
  # libraries
  nlohmann-json3-dev catch2 libsdl2-dev libgl-dev
  # WebAssembly toolchain (brings clang-14, lld-14, binaryen, node-acorn)
  emscripten
  # the UI font and the British English dictionary, embedded into the app
  fonts-open-sans hunspell-en-gb
  # browsers for the end-to-end tests
  chromium firefox-esr xvfb xauth
)
# Node.js: keep whatever node the machine has (any of 18+), else Debian's.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
apt_update() {
  if [[ $apt_updated -eq 0 ]]; then
    log "apt-get update"
    $SUDO apt-get update -qq
    apt_updated=1
  fi
}
if ((${#missing[@]})); then
  apt_update
  log "installing: ${missing[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# ---------------------------------------------------------------------------
# [SECTION] Debian source packages (Dear ImGui, SDL2, hunspell)
# ---------------------------------------------------------------------------
ensure_deb_src() {
  local list=/etc/apt/sources.list.d/caseaudit-deb-src.sources
  [[ -f $list ]] && return 0
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    # deb822 format: the same entries, as deb-src.
    sed -e 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$list" >/dev/null
  elif [[ -f /etc/apt/sources.list ]]; then
    grep -E '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
      $SUDO tee /etc/apt/sources.list.d/caseaudit-deb-src.list >/dev/null
  else
    echo "setup: no apt sources found to derive deb-src entries from" >&2
    exit 1
  fi
  apt_updated=0
}

# fetch_source PACKAGE DIR MARKER: unpack the upstream tarball of a Debian source
# package into $DEPS/DIR unless $DEPS/DIR/MARKER already exists.
fetch_source() {
  local pkg=$1 dir=$2 marker=$3
  [[ -e "$DEPS/$dir/$marker" ]] && return 0
  ensure_deb_src
  apt_update
  log "fetching Debian source package $pkg"
  local tmp
  tmp=$(mktemp -d)
  chmod 755 "$tmp" # apt's download user must be able to write here
  (cd "$tmp" && apt-get source --download-only -qq "$pkg" >/dev/null)
  local orig
  orig=$(ls "$tmp"/*.orig.tar.* | head -n 1)
  rm -rf "${DEPS:?}/$dir"
  mkdir -p "$DEPS/$dir"
  tar -xf "$orig" -C "$DEPS/$dir" --strip-components=1
  rm -rf "$tmp"
  [[ -e "$DEPS/$dir/$marker" ]] || { echo "setup: $pkg unpacked without $marker" >&2; exit 1; }
}
fetch_source imgui imgui imgui.cpp
fetch_source libsdl2 sdl2-src CMakeLists.txt
fetch_source hunspell hunspell-src src/hunspell/hunspell.cxx

# ---------------------------------------------------------------------------
# [SECTION] SDL2 for WebAssembly (built once)
# ---------------------------------------------------------------------------
export NODE_PATH=/usr/share/nodejs
if [[ ! -f "$DEPS/sdl2-wasm/lib/libSDL2.a" ]]; then
  log "building SDL2 for WebAssembly (once; a few minutes)"
  rm -rf "$DEPS/sdl2-wasm-build"
  emcmake cmake -S "$DEPS/sdl2-src" -B "$DEPS/sdl2-wasm-build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DCMAKE_INSTALL_PREFIX="$DEPS/sdl2-wasm" >/dev/null
  cmake --build "$DEPS/sdl2-wasm-build" >/dev/null
  cmake --install "$DEPS/sdl2-wasm-build" >/dev/null
  rm -rf "$DEPS/sdl2-wasm-build"
fi

# ---------------------------------------------------------------------------
# [SECTION] npm packages for the browser tests (from the lockfile)
# ---------------------------------------------------------------------------
if [[ -f "$ROOT/tests/e2e/package-lock.json" ]]; then
  if [[ ! -d "$ROOT/tests/e2e/node_modules" || "$ROOT/tests/e2e/package-lock.json" -nt "$ROOT/tests/e2e/node_modules/.package-lock.json" ]]; then
    log "installing browser-test packages (npm ci)"
    (cd "$ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
log "ready"

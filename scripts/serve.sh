#!/usr/bin/env bash
# Case Audit: set up, build and serve the app at http://localhost:${PORT:-8080}.
# Also prints where the single-file app is (one .html to copy onto a laptop and open from disk).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-8080}"

bash scripts/setup.sh
echo "[serve] building the web app (the first build takes a few minutes)"
bash scripts/build.sh web >build/build-web.log 2>&1 || { tail -n 40 build/build-web.log; exit 1; }
echo "[serve] building the caseaudit command-line tool"
bash scripts/build.sh native >build/build-native.log 2>&1 || { tail -n 40 build/build-native.log; exit 1; }

cat <<MSG

  Case Audit is at          http://localhost:${PORT}/
  Single-file app (offline): $ROOT/dist/case-audit.html
  Command-line tool:         $ROOT/build/native/src/cli/caseaudit

  Only this computer can reach the server (it listens on 127.0.0.1). Press Ctrl+C to stop.

MSG
exec node scripts/serve.mjs "$ROOT/dist" "$PORT"

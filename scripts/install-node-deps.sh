#!/usr/bin/env bash
# The official client libraries the network counters are cross-checked against (tests/node, npm registry).
# Idempotent: skips when node is missing (the parity tests skip then) or the packages are already there.
set -euo pipefail
cd "$(dirname "$0")/../tests/node"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: the network parity tests (tests/test_networks_js.py) will skip" >&2
  exit 0
fi
if [ -d node_modules/@atproto/api ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  exit 0
fi
npm ci --no-audit --no-fund --silent

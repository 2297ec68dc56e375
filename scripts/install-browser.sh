#!/usr/bin/env bash
# Installs Debian's Chromium for the end-to-end tests (Playwright's own browser download does not work here).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
  exit 0
fi
echo "chromium is not installed: run 'sudo apt-get install chromium' (or set SEVENFOLD_CHROMIUM to a Chromium binary)." >&2
echo "The browser tests will be skipped until then." >&2

#!/usr/bin/env bash
# The report tests render the maturity report in Debian's Chromium (through playwright-core,
# which downloads no browser) and need a CJK font for the Chinese report. Installs both with
# apt-get when they are missing and this user can; otherwise says what to install.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; then
    exit 0
  fi
fi
echo "The tests need the Debian packages chromium and fonts-wqy-microhei: apt-get install -y chromium fonts-wqy-microhei" >&2
exit 1

#!/usr/bin/env bash
# Browser tests need Debian's chromium and chromium-driver. Install them when missing and we are root;
# otherwise say exactly what to install. Never downloads a browser from anywhere but the OS packages.
set -euo pipefail
browser="${CHROME_BIN:-/usr/bin/chromium}"
driver="${CHROMEDRIVER:-/usr/bin/chromedriver}"
if [[ -x "$browser" && -x "$driver" ]]; then
  exit 0
fi
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing chromium and chromium-driver from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
  [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]] && exit 0
fi
echo "ensure-chromium: browser tests need Chromium and chromedriver ($browser, $driver not found)." >&2
echo "  Install them: sudo apt-get install chromium chromium-driver" >&2
echo "  or set CHROME_BIN and CHROMEDRIVER to their paths." >&2
exit 1

#!/usr/bin/env bash
# Browser tests need Debian's chromium and chromium-driver. Install them when missing and we are root;
# otherwise say exactly what to install. Never downloads a browser from anywhere but the OS packages.
#
#   ensure-chromium.sh start DIR   (Maven's initialize phase) begins the install in the background, logging to
#                                  DIR, so that it overlaps compiling and the unit tests on a fresh machine;
#   ensure-chromium.sh wait DIR    (pre-integration-test) waits for that install, or installs now if none began,
#                                  and fails with what to install when the browser is still missing.
set -euo pipefail
mode="${1:-wait}"
dir="${2:-target}"
browser="${CHROME_BIN:-/usr/bin/chromium}"
driver="${CHROMEDRIVER:-/usr/bin/chromedriver}"
present() { [[ -x "$browser" && -x "$driver" ]]; }
can_install() { [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; }
install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
}

if present; then
  exit 0
fi
mkdir -p "$dir"
log="$dir/chromium-install.log"
rc="$dir/chromium-install.rc"

if [[ "$mode" == "start" ]]; then
  if can_install; then
    echo "ensure-chromium: installing chromium and chromium-driver from the Debian packages, in the background ($log)"
    rm -f "$rc"
    # Every descriptor redirected: Maven waits for the output of what it starts, not for this install.
    setsid nohup bash -c "$(declare -f install); install; echo \$? > '$rc'" </dev/null >"$log" 2>&1 &
    echo started > "$dir/chromium-install.started"
  fi
  exit 0
fi

if [[ -f "$dir/chromium-install.started" ]]; then
  echo "ensure-chromium: waiting for the background install of chromium ($log)"
  for _ in $(seq 1 1800); do
    [[ -f "$rc" ]] && break
    sleep 0.5
  done
  rm -f "$dir/chromium-install.started"
  if [[ -f "$rc" && "$(cat "$rc")" == "0" ]] && present; then
    exit 0
  fi
  echo "ensure-chromium: the background install did not finish well:" >&2
  cat "$log" >&2 || true
elif can_install; then
  echo "ensure-chromium: installing chromium and chromium-driver from the Debian packages"
  install
  present && exit 0
fi
echo "ensure-chromium: browser tests need Chromium and chromedriver ($browser, $driver not found)." >&2
echo "  Install them: sudo apt-get install chromium chromium-driver" >&2
echo "  or set CHROME_BIN and CHROMEDRIVER to their paths." >&2
exit 1

#!/usr/bin/env bash
# The tests need Debian packages: chromium and chromium-driver (browser tests) and postgresql (the database tests'
# second run, and the two-instance test). Install the missing ones when we are root; otherwise say exactly what to
# install. Never downloads a browser or a server from anywhere but the OS packages.
#
#   ensure-test-packages.sh start DIR   (Maven's initialize phase) begins the install in the background, logging
#                                       to DIR, so that it overlaps compiling and the unit tests on a fresh machine;
#   ensure-test-packages.sh wait DIR    (pre-integration-test) waits for that install, or installs now if none
#                                       began, and fails with what to install when something is still missing.
# FACTDECK_TEST_POSTGRESQL_URL set (a server of your own) means the postgresql package is not needed.
set -euo pipefail
mode="${1:-wait}"
dir="${2:-target}"
browser="${CHROME_BIN:-/usr/bin/chromium}"
driver="${CHROMEDRIVER:-/usr/bin/chromedriver}"
browser_present() { [[ -x "$browser" && -x "$driver" ]]; }
postgresql_present() {
  [[ -n "${FACTDECK_TEST_POSTGRESQL_URL:-}" ]] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
}
missing() {
  local packages=()
  browser_present || packages+=(chromium chromium-driver)
  postgresql_present || packages+=(postgresql)
  echo "${packages[@]:-}"
}
can_install() { [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; }
install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  # shellcheck disable=SC2086
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $1 >/dev/null
}

packages="$(missing)"
if [[ -z "$packages" ]]; then
  exit 0
fi
mkdir -p "$dir"
log="$dir/test-packages-install.log"
rc="$dir/test-packages-install.rc"

if [[ "$mode" == "start" ]]; then
  if can_install; then
    echo "ensure-test-packages: installing $packages from the Debian packages, in the background ($log)"
    rm -f "$rc"
    # Every descriptor redirected: Maven waits for the output of what it starts, not for this install.
    setsid nohup bash -c "$(declare -f install); install '$packages'; echo \$? > '$rc'" </dev/null >"$log" 2>&1 &
    echo started > "$dir/test-packages-install.started"
  fi
  exit 0
fi

if [[ -f "$dir/test-packages-install.started" ]]; then
  echo "ensure-test-packages: waiting for the background install of $packages ($log)"
  for _ in $(seq 1 1800); do
    [[ -f "$rc" ]] && break
    sleep 0.5
  done
  rm -f "$dir/test-packages-install.started"
  packages="$(missing)"
  if [[ -f "$rc" && "$(cat "$rc")" == "0" && -z "$packages" ]]; then
    exit 0
  fi
  echo "ensure-test-packages: the background install did not finish well:" >&2
  cat "$log" >&2 || true
elif can_install; then
  echo "ensure-test-packages: installing $packages from the Debian packages"
  install "$packages"
  packages="$(missing)"
  [[ -z "$packages" ]] && exit 0
fi
echo "ensure-test-packages: the tests need the Debian packages $packages." >&2
if ! browser_present; then
  echo "  Browser tests: sudo apt-get install chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER." >&2
fi
if ! postgresql_present; then
  echo "  PostgreSQL tests: sudo apt-get install postgresql, or set FACTDECK_TEST_POSTGRESQL_URL (with _USER and" >&2
  echo "  _PASSWORD) to a server where that user may CREATE DATABASE." >&2
fi
exit 1

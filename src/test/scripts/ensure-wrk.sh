#!/usr/bin/env bash
# The capacity benchmark drives load with wrk from Debian's packages. Install it when missing and we are root;
# otherwise say exactly what to install.
set -euo pipefail
if command -v wrk >/dev/null; then
  exit 0
fi
if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
  echo "ensure-wrk: installing wrk from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends wrk >/dev/null
  command -v wrk >/dev/null && exit 0
fi
echo "ensure-wrk: the capacity benchmark needs wrk. Install it: sudo apt-get install wrk" >&2
exit 1

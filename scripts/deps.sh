#!/bin/sh
# deps.sh: install the Debian packages Aster builds and tests with, when missing.
set -e
PKGS="gcc libc6-dev make pkg-config python3 liblua5.4-dev libuv1-dev libhttp-parser-dev libssl-dev libedit-dev libpcre2-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "deps.sh: installing$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq $missing

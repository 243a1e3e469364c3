#!/bin/sh
# The system packages the tests need beyond Python: Debian's chromium, which the browser
# tests (tests/test_page.py) drive through Playwright, since Playwright cannot download a
# browser here; and virtuoso-opensource, the second SPARQL server `kg load` is tested
# against (tests/test_load_virtuoso.py starts it on loopback); curl and column, which the
# README's console examples pipe into (tests/test_readme.py runs them). Quiet and
# idempotent: installs only what is missing.
set -eu
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/virtuoso-t ] || missing="$missing virtuoso-opensource"
command -v curl >/dev/null 2>&1 || missing="$missing curl"
command -v column >/dev/null 2>&1 || missing="$missing bsdextrautils"
[ -n "$missing" ] || exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "setup-system: installing$missing with apt-get (once)" >&2
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086  # one word per package
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null

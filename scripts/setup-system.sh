#!/bin/sh
# The system packages the tests need beyond Python: Debian's chromium, which the browser
# tests (tests/test_page.py) drive through Playwright, since Playwright cannot download a
# browser here. Quiet and idempotent: does nothing when /usr/bin/chromium is there.
set -eu
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "setup-system: installing chromium with apt-get (once)" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null

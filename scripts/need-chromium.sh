#!/bin/sh
# Called by `make test` before any test runs (the browser tests need Debian's Chromium at /usr/bin/chromium), and
# by `make bench` (its browser figures): the caller's name is the first argument, `make test` if none.
# Present: nothing to do. Missing, and this user may install packages (root, or sudo without a password):
# install chromium and fonts-dejavu-core from Debian's packages. Otherwise: one line saying what to install, exit 1.
set -eu
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
PACKAGES="chromium fonts-dejavu-core"
WHO="${1:-make test}"

[ -x "$CHROMIUM" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  echo "$WHO: Chromium is missing; install it with: sudo apt-get install $PACKAGES" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$WHO: Chromium is missing and there is no apt-get here; install Debian's $PACKAGES ($WHO uses $CHROMIUM)" >&2
  exit 1
fi

echo "$WHO: installing Chromium from Debian's packages: $PACKAGES"
$as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $PACKAGES >/dev/null
if [ ! -x "$CHROMIUM" ]; then
  echo "$WHO: apt-get installed $PACKAGES but $CHROMIUM is still missing" >&2
  exit 1
fi

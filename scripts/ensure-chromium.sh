#!/usr/bin/env bash
# Makes sure Debian's headless browser for the browser tests is on this machine:
# /usr/bin/chromium and /usr/bin/chromedriver (packages chromium, chromium-driver).
#
# Run by the launcher module's build in pre-integration-test, so `./mvnw -B verify` on a fresh
# machine installs them before the browser tests. Never fails the build: when it cannot install
# (not root and no password-less sudo, no apt-get, no network), it says why on one line and exits 0;
# the browser tests then skip with their own reason.
#
# NEWSSTREAM_SKIP_CHROMIUM_INSTALL=1 turns the install off (the tests then skip if it is absent).
set -u

CHROMIUM=${NEWSSTREAM_CHROMIUM:-/usr/bin/chromium}
CHROMEDRIVER=${NEWSSTREAM_CHROMEDRIVER:-/usr/bin/chromedriver}
# fonts-dejavu-core: Cyrillic (Russian, Kazakh) glyphs in screenshots; already there on most images.
PACKAGES="chromium chromium-driver fonts-dejavu-core"

say() { echo "ensure-chromium: $*"; }

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  say "present: $("$CHROMIUM" --version 2>/dev/null | head -n1 || echo "$CHROMIUM"), $("$CHROMEDRIVER" --version 2>/dev/null | head -n1 || echo "$CHROMEDRIVER")"
  exit 0
fi
if [ "${NEWSSTREAM_SKIP_CHROMIUM_INSTALL:-}" = "1" ]; then
  say "missing $CHROMIUM or $CHROMEDRIVER, and NEWSSTREAM_SKIP_CHROMIUM_INSTALL=1: not installing; browser tests will skip"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  say "missing $CHROMIUM or $CHROMEDRIVER and no apt-get here: install chromium and chromedriver yourself; browser tests will skip"
  exit 0
fi

if [ "$(id -u)" = "0" ]; then
  AS_ROOT=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
  AS_ROOT=(sudo -n)
else
  say "missing $CHROMIUM or $CHROMEDRIVER; not root and no password-less sudo, so not installing: run 'sudo apt-get install $PACKAGES'; browser tests will skip"
  exit 0
fi

LOG=$(mktemp -t ensure-chromium.XXXXXX.log)
# A fresh machine may still be running apt at boot: wait a while for its lock instead of giving up.
APT=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=120)
install() {
  ${AS_ROOT[@]+"${AS_ROOT[@]}"} "${APT[@]}" install -y --no-install-recommends -o Dpkg::Use-Pty=0 \
    $PACKAGES >>"$LOG" 2>&1
}

start=$(date +%s)
if install; then
  how="installed"
elif ${AS_ROOT[@]+"${AS_ROOT[@]}"} "${APT[@]}" update >>"$LOG" 2>&1 && install; then
  how="installed (after apt-get update)"
else
  say "could not install $PACKAGES with apt-get (log: $LOG; last line: $(tail -n1 "$LOG")); browser tests will skip"
  exit 0
fi
took=$(( $(date +%s) - start ))

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  rm -f "$LOG"
  say "$how $PACKAGES in ${took}s: $("$CHROMIUM" --version 2>/dev/null | head -n1), $("$CHROMEDRIVER" --version 2>/dev/null | head -n1)"
else
  say "apt-get installed $PACKAGES but $CHROMIUM or $CHROMEDRIVER is still missing (log: $LOG); browser tests will skip"
fi
exit 0

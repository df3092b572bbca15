#!/usr/bin/env bash
# Refreshes docs/dashboard.png, the dashboard screenshot the README shows.
#
# The tests write only under target/: DashboardBrowserIT saves its screenshot of the live dashboard
# (an article ingested, its region counted) to launcher/target/browser/dashboard.png. This runs that
# one test and copies the screenshot into docs/, for a commit. Needs /usr/bin/chromium and
# /usr/bin/chromedriver (scripts/ensure-chromium.sh installs them where it can).
#
# Usage: scripts/refresh-dashboard-screenshot.sh [extra Maven arguments, e.g. -o]
set -euo pipefail

cd "$(dirname "$0")/.."
png=launcher/target/browser/dashboard.png
rm -f "$png"
./mvnw -B "$@" -pl launcher -am verify \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=DashboardBrowserIT -Dfailsafe.failIfNoSpecifiedTests=false
if [ ! -s "$png" ]; then
  echo "refresh-dashboard-screenshot: no $png: the browser test skipped or failed (see its output above)" >&2
  exit 1
fi
cp "$png" docs/dashboard.png
echo "refresh-dashboard-screenshot: docs/dashboard.png updated from $png"

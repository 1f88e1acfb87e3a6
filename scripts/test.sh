#!/usr/bin/env bash
# Runs every test: installs what is missing, builds, runs the xunit suite (unit, golden, data and browser tests).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh || exit 1
log=$(mktemp)
dotnet test Analytics.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
sum() { grep -Eo "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(sum Passed) failed=$(sum Failed) skipped=$(sum Skipped)
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit "$status"

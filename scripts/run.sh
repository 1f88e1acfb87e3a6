#!/usr/bin/env bash
# The main job: installs what is missing, builds, ingests the embedded default data (seeds/ and data/) into
# data/analytics.duckdb, prints the summary, then serves the dashboard on 127.0.0.1 and prints its address.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh
dotnet build Analytics.sln -c Release -v quiet -nologo
status=0
dotnet pipeline/bin/Release/net10.0/analytics.dll ingest seeds data --db data/analytics.duckdb || status=$?
[ "$status" -eq 0 ] || echo "run: ingest finished with status $status (see above); the dashboard shows what loaded"
[ "${NO_DASHBOARD:-0}" = "1" ] && exit "$status"
port="${PORT:-5080}"
exec dotnet dashboard/bin/Release/net10.0/analytics-dashboard.dll --urls "http://127.0.0.1:$port"

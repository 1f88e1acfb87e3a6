#!/usr/bin/env bash
# The main job: installs what is missing, builds, ingests the embedded default data (seeds/ and data/) into
# data/analytics.duckdb, prints the summary, then serves the dashboard on 127.0.0.1 and prints its address.
# SAMPLE=1 (or --sample): the sample database instead, data/sample.duckdb (made by the synthetic generator when missing,
# every page marked DỮ LIỆU MÔ PHỎNG); the real database is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${1:-}" = "--sample" ] && SAMPLE=1
bash scripts/setup-system.sh
dotnet build Analytics.sln -c Release -v quiet -nologo
status=0
sample=()
if [ "${SAMPLE:-0}" = "1" ]; then
    sample=(--Analytics:Db data/sample.duckdb)
    [ -f data/sample.duckdb ] || dotnet bench/bin/Release/net10.0/analytics-bench.dll sample --db data/sample.duckdb || status=$?
else
    dotnet pipeline/bin/Release/net10.0/analytics.dll ingest seeds data --db data/analytics.duckdb || status=$?
fi
[ "$status" -eq 0 ] || echo "run: ingest finished with status $status (see above); the dashboard shows what loaded"
[ "${NO_DASHBOARD:-0}" = "1" ] && exit "$status"
port="${PORT:-5080}"
exec dotnet dashboard/bin/Release/net10.0/analytics-dashboard.dll --urls "http://127.0.0.1:$port" "${sample[@]}"

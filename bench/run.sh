#!/usr/bin/env bash
# The benchmark (not a test): builds in Release and runs every part in one run, printing each figure next to a reference
# measured in the same run, and the ratio. Parts run alone too: bash bench/run.sh ingest|seeds|views|dashboard|charts|export|formats|classifier.
# Options after the part, e.g. `bash bench/run.sh all --seconds 10 --base-provinces 1`; see `--help`.
# Corpora and databases go to /tmp/analytics-bench (--work DIR); the printout is also saved under bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
part="${1:-all}"
[ $# -gt 0 ] && shift
echo "bench: uptime before build: $(uptime)"
if [ "$part" = "all" ] || [ "$part" = "dashboard" ] || [ "$part" = "charts" ]; then
  dotnet build dashboard/Analytics.Dashboard.csproj -c Release -v quiet -nologo || echo "bench: dashboard build failed; its part will be skipped"
fi
exec dotnet run -c Release --project bench -v quiet -- "$part" "$@"

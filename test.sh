#!/usr/bin/env bash
# Runs MesaBot's tests against one real Azurite shared by the whole run (in memory, on free loopback
# ports), then stops it by its process id.
#   ./test.sh              every test: unit, integration, card rendering, end to end in the Playground,
#                          and the Faults category (tests that need real seconds)
#   ./test.sh --everyday   the fast inner loop: everything but EndToEnd and Faults
# Extra arguments go to `dotnet test`. Results (TRX) land in TestResults/; the last line counts them:
# tests: N passed, N failed, N skipped
set -euo pipefail
cd "$(dirname "$0")"

filter=""
if [ "${1:-}" = "--everyday" ]; then
  filter="Category!=Faults&Category!=EndToEnd"
  shift
fi
# A --filter of the caller's narrows the run further (dotnet test takes only one --filter).
args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--filter" ] && [ $# -gt 1 ]; then
    filter="${filter:+$filter&}($2)"
    shift 2
  else
    args+=("$1")
    shift
  fi
done

# Also after a pull that changed the lock file, so everyone runs the pinned versions.
if [ ! -x node_modules/.bin/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
if [ -f tools/cardcheck/package.json ] && [ ! -d tools/cardcheck/node_modules ]; then
  npm ci --prefix tools/cardcheck --no-audit --no-fund
fi
# Cards render and the end-to-end suite runs in Debian's Chromium (browser downloads do not work here).
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

read -r blob queue table < <(node -e '
  const net = require("net");
  const ports = [];
  const next = () => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { ports.push(s.address().port);
    s.close(() => ports.length < 3 ? next() : console.log(ports.join(" "))); }); };
  next();')

node_modules/.bin/azurite --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
  --blobPort "$blob" --queuePort "$queue" --tablePort "$table" \
  --inMemoryPersistence --disableTelemetry --silent --skipApiVersionCheck &
azurite_pid=$!
stop_azurite() { kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; }
trap stop_azurite EXIT

for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$table") 2>/dev/null && break
  sleep 0.1
done

key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
export MESABOT_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table/devstoreaccount1;"

# Only this run's results are counted (the screens in TestResults/ stay).
rm -f TestResults/*.trx
status=0
dotnet test MesaBot.sln ${filter:+--filter "$filter"} --logger "trx" --results-directory TestResults "${args[@]}" || status=$?

# Stopped here, not only on exit, so its closing messages come before the count line.
stop_azurite
read -r passed failed skipped < <(.ci/count-trx TestResults)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed outside the test results (a build or a test host): see above."
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"

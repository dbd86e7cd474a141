#!/usr/bin/env bash
# Runs MesaBot locally: the bot on http://127.0.0.1:3978 (Development: auth off, Azurite started by the
# host with its data in .data/), and the Microsoft 365 Agents Playground on http://localhost:56150.
# Ctrl+C stops both, and the host stops its Azurite.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/agentsplayground ] || [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund
fi

dotnet build src/MesaBot -c Debug -nologo -v quiet

export ASPNETCORE_ENVIRONMENT=Development
bot_pid=""
playground_pid=""
stop() {
  [ -n "$playground_pid" ] && kill "$playground_pid" 2>/dev/null || true
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

# The built host itself (not `dotnet run`), so the pid we stop is the bot's own and it shuts down cleanly.
(cd src/MesaBot && exec dotnet bin/Debug/net10.0/MesaBot.dll --urls http://127.0.0.1:3978) &
bot_pid=$!

for _ in $(seq 1 60); do
  curl -fsS http://127.0.0.1:3978/healthz >/dev/null 2>&1 && break
  kill -0 "$bot_pid" 2>/dev/null || { echo "MesaBot exited during start-up" >&2; exit 1; }
  sleep 1
done

# TEAMSAPPTESTER_BROWSER=none keeps it from opening a browser (headless machines, CI).
node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry &
playground_pid=$!
echo "MesaBot: http://127.0.0.1:3978 · Agents Playground: http://localhost:56150 (Ctrl+C to stop)"
wait "$playground_pid"

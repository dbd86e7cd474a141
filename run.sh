#!/usr/bin/env bash
# Runs MesaBot locally: the bot on http://127.0.0.1:3978 (Development: auth off, Azurite started by the
# host with its data in .data/), and the Microsoft 365 Agents Playground on http://localhost:56150.
# Ctrl+C stops both, and the host stops its Azurite. Their output goes to .data/logs/, so the two
# URLs stay the last lines on screen.
#   ./run.sh           start (local data in .data/ persists between runs)
#   ./run.sh --reset   delete .data/ first (nothing else), then start clean
set -euo pipefail
cd "$(dirname "$0")"

playground_port="${TEAMSAPPTESTER_PORT:-56150}"

if [ "${1:-}" = "--reset" ]; then
  if curl -fsS http://127.0.0.1:3978/healthz >/dev/null 2>&1; then
    echo "MesaBot is running on http://127.0.0.1:3978: stop it (Ctrl+C) before --reset." >&2
    exit 1
  fi
  # An Azurite left behind by a killed run holds .data/ and its ports; stop it by its recorded id.
  pid_file=.data/azurite/azurite.pid
  if [ -f "$pid_file" ] && pid="$(cat "$pid_file")" && ps -p "$pid" -o args= 2>/dev/null | grep -q azurite; then
    kill "$pid" 2>/dev/null || true
  fi
  rm -rf .data
  echo "Deleted .data/ (local mesas, records and reminders): starting clean."
  shift
fi

# Also after a pull that changed the lock file, so everyone runs the pinned versions.
if [ ! -x node_modules/.bin/agentsplayground ] || [ ! -x node_modules/.bin/azurite ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

dotnet build src/MesaBot -c Debug -nologo -v quiet

# With no display the Playground cannot open a browser (headless machines, containers, CI): it says
# so and serves its page anyway, which is what we want there.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" != Darwin ]; then
  export TEAMSAPPTESTER_BROWSER="${TEAMSAPPTESTER_BROWSER:-none}"
fi

export ASPNETCORE_ENVIRONMENT=Development
mkdir -p .data/logs
bot_pid=""
playground_pid=""
stop() {
  [ -n "$playground_pid" ] && kill "$playground_pid" 2>/dev/null || true
  [ -n "$bot_pid" ] && kill "$bot_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

# The built host itself (not `dotnet run`), so the pid we stop is the bot's own and it shuts down cleanly.
(cd src/MesaBot && exec dotnet bin/Debug/net10.0/MesaBot.dll --urls http://127.0.0.1:3978) >.data/logs/mesabot.log 2>&1 &
bot_pid=$!

for _ in $(seq 1 60); do
  curl -fsS http://127.0.0.1:3978/healthz >/dev/null 2>&1 && break
  if ! kill -0 "$bot_pid" 2>/dev/null; then
    tail -n 30 .data/logs/mesabot.log >&2
    echo "MesaBot exited during start-up (whole log: .data/logs/mesabot.log)" >&2
    exit 1
  fi
  sleep 1
done

node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --disable-telemetry \
  >.data/logs/agentsplayground.log 2>&1 &
playground_pid=$!

for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://localhost:$playground_port/" 2>/dev/null && break
  if ! kill -0 "$playground_pid" 2>/dev/null; then
    tail -n 30 .data/logs/agentsplayground.log >&2
    echo "The Agents Playground exited during start-up (see also devTools/m365agentsplayground.log)" >&2
    exit 1
  fi
  sleep 1
done

cat <<EOF

Local data: .data/ (Azurite's tables, queues and blobs in .data/azurite; it persists between runs,
./run.sh --reset starts clean). Logs: .data/logs/mesabot.log, .data/logs/agentsplayground.log.
Ctrl+C stops both.

  MesaBot:           http://127.0.0.1:3978/api/messages
  Agents Playground: http://localhost:$playground_port  (open it and type "ayuda")
EOF
wait "$playground_pid"

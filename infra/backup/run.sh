#!/usr/bin/env bash
# Installs the backup tool's pinned packages (npm ci, only when the lock file changed) and runs it.
#   bash infra/backup/run.sh export  --account <storage account>
#   bash infra/backup/run.sh list    --account <storage account>
#   bash infra/backup/run.sh restore --account <storage account> --from <stamp> [--table <name>]... [--to-prefix <p>]
#   bash infra/backup/run.sh test    # round trip against a local Azurite (repository node_modules)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.mesabot-lock.sha256"
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi
if [[ "${1:-}" == "test" ]]; then
  exec node --test "$here/roundtrip.test.js"
fi
exec node "$here/tables-backup.js" "$@"

#!/usr/bin/env bash
# Builds the Teams app package manifest/build/appPackage.zip, validated offline against the official
# schemas bundled in @microsoft/app-manifest (see manifest/README.md).
#
#   bash manifest/build.sh               # validator self-test, then build and validate the package
#   bash manifest/build.sh --self-test   # only prove the validator rejects broken packages
#
# Environment: MICROSOFT_APP_ID (bot/app id, a GUID), BOT_HOSTNAME (e.g. app-mesabot-x.azurewebsites.net),
# optional APP_VERSION (semver, bump it for every catalog update), DEVELOPER_WEBSITE_URL,
# DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL. Unset, they take obviously fake defaults (CI).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$here/tools"

command -v node >/dev/null || { echo "node (20 or later) is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is required" >&2; exit 1; }

# npm ci only when the lock file changed since the last install: a clean checkout always installs.
stamp="$tools/node_modules/.mesabot-lock.sha256"
lock_hash="$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
  echo "Installing manifest tools (npm ci in manifest/tools)..."
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi

# The PNG reader behind the icon checks, on images encoded with every row filter, palette, grey+alpha.
if ! node --test "$tools/png.test.js" > "$tools/node_modules/.png-test.log" 2>&1; then
  cat "$tools/node_modules/.png-test.log" >&2; echo "FAILED: PNG reader tests" >&2; exit 1
fi
echo "PNG reader tests: $(grep -E '^# pass' "$tools/node_modules/.png-test.log" | sed 's/# pass //') passed"

case "${1:-}" in
  --self-test) exec node "$tools/build-package.js" --self-test-only ;;
  "") ;;
  *) echo "usage: bash manifest/build.sh [--self-test]" >&2; exit 2 ;;
esac

rm -f "$here/build/appPackage.zip"
node "$tools/build-package.js"

# A second, independent reader of the zip: unzip must agree on the exact file list at the root.
if command -v unzip >/dev/null; then
  unzip -tq "$here/build/appPackage.zip" >/dev/null
  listed="$(unzip -Z1 "$here/build/appPackage.zip" | sort | tr '\n' ' ')"
  expected="color.png en-us.json manifest.json outline.png "
  if [[ "$listed" != "$expected" ]]; then
    echo "FAILED: unzip lists [$listed], expected [$expected]" >&2
    exit 1
  fi
  echo "unzip agrees: $listed"
fi
echo "OK: manifest/build/appPackage.zip"

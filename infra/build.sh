#!/usr/bin/env bash
# Compiles and lints the Bicep templates offline with a pinned Bicep CLI, failing on any warning.
#
#   bash infra/build.sh     → infra/build/main.json (ARM template) and main.parameters.json
#
# The Bicep CLI 0.49.2 comes from NuGet (Azure.Bicep.CommandLine.linux-x64) into the repository's
# ignored .tools/ folder on first use.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
version="0.49.2"
package_dir="$root/.tools/bicep-pkg"
bicep="$package_dir/azure.bicep.commandline.linux-x64/$version/tools/bicep"

if [[ ! -x "$bicep" ]]; then
  echo "Downloading Bicep CLI $version (NuGet Azure.Bicep.CommandLine.linux-x64)..."
  dotnet package download "Azure.Bicep.CommandLine.linux-x64@$version" -o "$package_dir" >/dev/null
  chmod +x "$bicep"
fi
actual="$("$bicep" --version)"
[[ "$actual" == *"$version"* ]] || { echo "FAILED: expected Bicep $version, got: $actual" >&2; exit 1; }
echo "$actual"

out="$here/build"
rm -rf "$out"
mkdir -p "$out"
failed=0

# Runs one bicep command; fails on a non-zero exit OR on any diagnostic (warnings exit 0).
run() {
  local label="$1"; shift
  local log="$out/$label.log"
  if ! "$bicep" "$@" >"$log.stdout" 2>"$log"; then
    echo "FAILED: bicep $*" >&2; cat "$log" >&2; failed=1; return
  fi
  if grep -Eq '(Warning|Error|Info) [A-Za-z0-9-]+:' "$log" "$log.stdout"; then
    echo "FAILED: bicep $* printed diagnostics:" >&2; cat "$log" "$log.stdout" >&2; failed=1; return
  fi
  echo "ok    bicep $*"
}

cd "$here"
run build build main.bicep --outfile "$out/main.json"
run lint lint main.bicep
run build-params build-params main.bicepparam --outfile "$out/main.parameters.json"
# (build and lint of main.bicep also report every diagnostic of the modules it references)

if [[ "$failed" != 0 ]]; then
  exit 1
fi
resources="$(grep -c '"type": "Microsoft\.' "$out/main.json" || true)"
echo "OK: infra/build/main.json ($resources resource declarations incl. modules) and infra/build/main.parameters.json, no warnings"

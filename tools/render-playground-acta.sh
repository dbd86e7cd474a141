#!/usr/bin/env bash
# Renders the first page of the acta the end-to-end session test downloaded in the Playground
# (TestResults/screens/acta-aprobada.docx, written by SessionInPlaygroundTests) to
# docs/screens/acta-playground.png. A docs step, by hand after `./test.sh`, not CI.
# Needs: apt-get install -y libreoffice-writer-nogui poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
docx=${1:-TestResults/screens/acta-aprobada.docx}
[ -f "$docx" ] || { echo "$docx is missing: run ./test.sh --filter FullyQualifiedName~SessionInPlayground first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$docx" "$work/acta.docx"
# A profile of its own, so a LibreOffice already open elsewhere does not swallow the conversion.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/acta.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 "$work/acta.pdf" "$work/acta"
cp "$work"/acta-1.png docs/screens/acta-playground.png
echo "docs/screens/acta-playground.png"

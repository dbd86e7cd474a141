#!/usr/bin/env bash
# Renders the first page of the sample acta to docs/screens/acta-sample.png (by hand, not in CI):
# the .docx from the builder, then LibreOffice headless to PDF and poppler to PNG (docs/actas.md).
# Needs: apt-get install -y libreoffice-writer-nogui poppler-utils
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run docs/screens/acta-sample.cs -- "$work/acta.docx"
soffice --headless --convert-to pdf --outdir "$work" "$work/acta.docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 "$work/acta.pdf" "$work/acta"
cp "$work"/acta-1.png docs/screens/acta-sample.png
echo "docs/screens/acta-sample.png"

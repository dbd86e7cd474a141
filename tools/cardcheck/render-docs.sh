#!/usr/bin/env bash
# Regenerates docs/cards/ (a PNG per catalogue card and its README) by running the card render test
# with MESABOT_CARDS_DOCS_DIR set. Needs what the test needs: node, Debian's chromium, and
# "npm ci" done in tools/cardcheck.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MESABOT_CARDS_DOCS_DIR="$root/docs/cards" \
  dotnet test "$root/tests/MesaBot.CardTests" --filter "Category=Cards&FullyQualifiedName~EveryCatalogueCard" "$@"
echo "docs/cards regenerated:"
ls "$root/docs/cards"

#!/usr/bin/env node
'use strict';
// Usage: node check.js <card-dir> [png-out-dir]
// Checks every card file in <card-dir> (see README.md): the renderer's parse and validation, the
// rules Teams and MesaBot need that the renderer does not flag, the activity size, and a real render
// in headless Chromium in Teams' light, dark and high-contrast themes, where every text must reach
// 4.5:1 contrast (a PNG per card, light theme, in [png-out-dir]). One line per card; exit 1 if any
// fails, 2 if the check itself cannot run.
const fs = require('node:fs');
const path = require('node:path');

function fatal(message) {
  console.error(`cardcheck: ${message}`);
  process.exit(2);
}

function requireInstalled() {
  try {
    require.resolve('adaptivecards/dist/adaptivecards.js');
    require.resolve('playwright-core');
  } catch {
    fatal(`node packages missing: run "npm ci" in ${__dirname}`);
  }
}

function pngName(name) {
  return `${name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}.png`;
}

async function main() {
  const [cardDir, pngDir] = process.argv.slice(2);
  if (!cardDir) fatal('usage: node check.js <card-dir> [png-out-dir]');
  if (!fs.existsSync(cardDir)) fatal(`no such directory: ${cardDir}`);
  requireInstalled();

  const { loadCards } = require('./lib/load');
  const { checkCard, checkActivitySize } = require('./lib/rules');
  const { rendererProblems } = require('./lib/parse');
  const { CardRenderer, chromiumPath } = require('./lib/render');

  if (!fs.existsSync(chromiumPath())) {
    fatal(`${chromiumPath()} not found: install Debian's Chromium ("apt-get update && apt-get install -y chromium")`);
  }
  const entries = loadCards(cardDir);
  if (entries.length === 0) fatal(`no *.json card files in ${cardDir}`);
  if (pngDir) fs.mkdirSync(pngDir, { recursive: true });

  const renderer = await CardRenderer.open();
  let failed = 0;
  try {
    for (const entry of entries) {
      const problems = [...entry.problems];
      if (entry.card !== null) {
        problems.push(...rendererProblems(entry.card), ...checkCard(entry.card));
        if (entry.activityText !== null) problems.push(...checkActivitySize(entry.activityText));
        const rendered = await renderer.render(entry.card, pngDir ? path.join(pngDir, pngName(entry.name)) : null);
        // The page parses with the same library as Node did; report only what is new there.
        problems.push(...rendered.filter((p) => !problems.includes(p.replace('render: page parse:', 'renderer parse:'))));
      }
      if (problems.length === 0) {
        console.log(`ok ${entry.name}`);
      } else {
        failed++;
        console.log(`FAIL ${entry.name}: ${problems.join('; ')}`);
      }
    }
  } finally {
    await renderer.close();
  }
  console.log(`${entries.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => fatal(error.stack || String(error)));

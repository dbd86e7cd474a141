'use strict';
// Renders cards with the renderer's browser build in Debian's headless Chromium, one page for all.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const PAGE_DIR = path.join(__dirname, '..', 'page');
const RENDERER_DIST = path.dirname(require.resolve('adaptivecards/dist/adaptivecards.min.js'));
const HOST_CONFIG = JSON.parse(fs.readFileSync(path.join(PAGE_DIR, 'teams-host-config.json'), 'utf8'));

// Without the networking flags Chromium keeps trying Google's hosts, which this machine refuses.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function chromiumPath() {
  return process.env.CARDCHECK_CHROMIUM || '/usr/bin/chromium';
}

class CardRenderer {
  static async open() {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await browser.newPage({ viewport: { width: 640, height: 480 }, deviceScaleFactor: 1, locale: 'es-CL' });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console error: ${message.text()}`);
    });
    await page.setContent('<!doctype html><html lang="es-CL"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addStyleTag({ path: path.join(RENDERER_DIST, 'adaptivecards.css') });
    await page.addStyleTag({ path: path.join(PAGE_DIR, 'teams.css') });
    await page.addScriptTag({ path: path.join(RENDERER_DIST, 'adaptivecards.min.js') });
    await page.addScriptTag({ path: path.join(PAGE_DIR, 'render-card.js') });
    return new CardRenderer(browser, page, pageErrors);
  }

  constructor(browser, page, pageErrors) {
    this.browser = browser;
    this.page = page;
    this.pageErrors = pageErrors;
    this.count = 0;
  }

  /** Renders one card, saves its PNG when pngPath is given, and returns the problems seen. */
  async render(cardJson, pngPath) {
    const id = `card-${this.count++}`;
    this.pageErrors.length = 0;
    const result = await this.page.evaluate(
      ([frameId, card, hostConfig]) => window.renderCard(frameId, card, hostConfig),
      [id, cardJson, HOST_CONFIG]);
    const frame = this.page.locator(`#${id}`);
    if (pngPath && result.height > 0) {
      await frame.screenshot({ path: pngPath, animations: 'disabled' });
    }
    // Each card is drawn alone; removing it keeps the next screenshot's page small.
    await frame.evaluate((element) => element.remove());
    return [...result.errors, ...this.pageErrors].map((e) => `render: ${e}`);
  }

  async close() {
    await this.browser.close();
  }
}

module.exports = { CardRenderer, chromiumPath, CHROMIUM_ARGS };

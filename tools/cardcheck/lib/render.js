'use strict';
// Renders cards with the renderer's browser build in Debian's headless Chromium, one page for all,
// in every Teams theme (lib/themes.js), and measures the contrast of each text in each.
const path = require('node:path');
const { chromium } = require('playwright-core');
const { loadThemes } = require('./themes');
const { MINIMUM_RATIO, formatRatio } = require('./contrast');

const PAGE_DIR = path.join(__dirname, '..', 'page');
const RENDERER_DIST = path.dirname(require.resolve('adaptivecards/dist/adaptivecards.min.js'));

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
    await page.addScriptTag({ path: path.join(__dirname, 'contrast.js') });
    await page.addScriptTag({ path: path.join(PAGE_DIR, 'measure-contrast.js') });
    return new CardRenderer(browser, page, pageErrors, loadThemes());
  }

  constructor(browser, page, pageErrors, themes) {
    this.browser = browser;
    this.page = page;
    this.pageErrors = pageErrors;
    this.themes = themes;
    this.count = 0;
  }

  /**
   * Renders one card in every theme, saves the first theme's PNG when pngPath is given, and returns
   * the problems seen: render errors once, and each text below the minimum contrast per theme.
   */
  async render(cardJson, pngPath) {
    const problems = [];
    for (const [index, theme] of this.themes.entries()) {
      const { errors, failures } = await this.renderInTheme(cardJson, theme, index === 0 ? pngPath : null);
      problems.push(...errors.filter((e) => !problems.includes(e)));
      problems.push(...failures.map((f) => `contrast (${theme.name}): "${f.text}" ${formatRatio(f.ratio)}`
        + ` (${f.foreground} on ${f.background}), needs ${MINIMUM_RATIO}:1`));
    }
    return problems;
  }

  async renderInTheme(cardJson, theme, pngPath) {
    const id = `card-${this.count++}`;
    this.pageErrors.length = 0;
    const result = await this.page.evaluate(
      ([frameId, card, hostConfig, themeClass]) => window.renderCard(frameId, card, hostConfig, themeClass),
      [id, cardJson, theme.hostConfig, theme.frameClass]);
    const frame = this.page.locator(`#${id}`);
    const contrast = result.height > 0 ? await this.page.evaluate((frameId) => window.measureContrast(frameId), id) : { failures: [] };
    if (pngPath && result.height > 0) {
      await frame.screenshot({ path: pngPath, animations: 'disabled' });
    }
    // Each card is drawn alone; removing it keeps the next screenshot's page small.
    await frame.evaluate((element) => element.remove());
    return { errors: [...result.errors, ...this.pageErrors].map((e) => `render: ${e}`), failures: contrast.failures };
  }

  async close() {
    await this.browser.close();
  }
}

module.exports = { CardRenderer, chromiumPath, CHROMIUM_ARGS };

'use strict';
// The Teams themes every card is rendered in: each is a host config (page/themes/) and the frame class
// that gives Teams' own chrome its colours (page/teams.css). The first is the one the PNGs show.
const fs = require('node:fs');
const path = require('node:path');

const THEME_DIR = path.join(__dirname, '..', 'page', 'themes');
const THEME_NAMES = ['light', 'dark', 'high-contrast'];

function loadThemes() {
  return THEME_NAMES.map((name) => ({
    name,
    frameClass: `theme-${name}`,
    hostConfig: JSON.parse(fs.readFileSync(path.join(THEME_DIR, `teams-${name}.json`), 'utf8')),
  }));
}

module.exports = { loadThemes, THEME_NAMES };

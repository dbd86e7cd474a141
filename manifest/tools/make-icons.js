'use strict';
// Draws MesaBot's two icons (a table, "mesa", with a check mark over it) and writes them next to the
// manifest. Run by hand when the design changes: `node manifest/tools/make-icons.js`; the PNGs are committed.
const fs = require('fs');
const path = require('path');
const { encodeRgba } = require('./lib/png');

const BLUE = [0x0f, 0x69, 0xb4]; // the manifest's accentColor
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

function inRect(x, y, [x0, y0, x1, y1]) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function nearSegment(x, y, [ax, ay, bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= halfWidth;
}

/** The glyph in unit coordinates (0..1, y down). */
function inGlyph(x, y) {
  const tableTop = [0.06, 0.52, 0.94, 0.64];
  const leftLeg = [0.16, 0.64, 0.28, 0.96];
  const rightLeg = [0.72, 0.64, 0.84, 0.96];
  const check = [[0.26, 0.26, 0.44, 0.42], [0.44, 0.42, 0.76, 0.06]];
  return inRect(x, y, tableTop) || inRect(x, y, leftLeg) || inRect(x, y, rightLeg)
    || check.some((segment) => nearSegment(x, y, segment, 0.065));
}

/** Coverage of the glyph (0..1) over one pixel of a glyph box at (left, top) of the given size. */
function coverage(px, py, left, top, size) {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLE - left) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLE - top) / size;
      if (x >= 0 && x <= 1 && y >= 0 && y <= 1 && inGlyph(x, y)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

/** 192×192, opaque blue background, white glyph inside the central safe area Teams recommends. */
function colorIcon() {
  const size = 192;
  const glyph = 112;
  const margin = (size - glyph) / 2;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, margin, margin, glyph);
      const rgb = BLUE.map((c, i) => Math.round(c * (1 - a) + WHITE[i] * a));
      rgba.set([...rgb, 255], (y * size + x) * 4);
    }
  }
  return encodeRgba(size, size, rgba);
}

/** 32×32, transparent background, white glyph (anti-aliased through alpha only, never grey). */
function outlineIcon() {
  const size = 32;
  const glyph = 28;
  const margin = (size - glyph) / 2;
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, margin, margin, glyph);
      rgba.set(a > 0 ? [...WHITE, Math.round(a * 255)] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return encodeRgba(size, size, rgba);
}

const target = path.resolve(__dirname, '..');
fs.writeFileSync(path.join(target, 'color.png'), colorIcon());
fs.writeFileSync(path.join(target, 'outline.png'), outlineIcon());
console.log(`Wrote ${path.join(target, 'color.png')} and ${path.join(target, 'outline.png')}`);

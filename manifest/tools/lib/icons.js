'use strict';
// The icon rules Teams applies when an app is uploaded: colour 192×192; outline 32×32, white on transparent.
const { decode } = require('./png');

function checkColor(buffer) {
  const png = decode(buffer);
  const errors = [];
  if (png.width !== 192 || png.height !== 192) errors.push(`color icon must be 192×192 pixels, is ${png.width}×${png.height}`);
  return { errors, summary: `${png.width}×${png.height}` };
}

function checkOutline(buffer) {
  const png = decode(buffer);
  const errors = [];
  if (png.width !== 32 || png.height !== 32) errors.push(`outline icon must be 32×32 pixels, is ${png.width}×${png.height}`);
  if (!png.hasAlpha) errors.push('outline icon must have an alpha channel (transparent background)');
  let transparent = 0;
  let visible = 0;
  let notWhite = 0;
  for (let i = 0; i < png.width * png.height; i++) {
    const [r, g, b, a] = png.rgba.subarray(i * 4, i * 4 + 4);
    if (a === 0) transparent++;
    else {
      visible++;
      if (r !== 255 || g !== 255 || b !== 255) notWhite++;
    }
  }
  const total = png.width * png.height;
  if (transparent < total / 4) errors.push(`outline icon background must be transparent (only ${transparent} of ${total} pixels are)`);
  if (visible === 0) errors.push('outline icon is empty (every pixel is transparent)');
  if (notWhite > 0) errors.push(`outline icon foreground must be white: ${notWhite} visible pixels are another colour`);
  return { errors, summary: `${png.width}×${png.height}, ${transparent} transparent / ${visible} white pixels` };
}

module.exports = { checkColor, checkOutline };

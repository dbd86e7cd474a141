/* WCAG 2.1 contrast arithmetic, shared by Node (tests) and the render page (window.Contrast), so the
   numbers the page reports are the ones the tests prove. Colours are { r, g, b, a } with r, g, b in
   0–255 and a in 0–1, as getComputedStyle reports them. */
(function (exports) {
  'use strict';

  /** WCAG 2.1 AA for normal text. Applied to every text, large or not: cards rarely use large text. */
  const MINIMUM_RATIO = 4.5;

  /** Parses the colours getComputedStyle returns: "rgb(r, g, b)", "rgba(r, g, b, a)", and "#rrggbb". */
  function parseColor(text) {
    const value = String(text).trim();
    const hex = /^#([0-9a-f]{6})$/i.exec(value);
    if (hex) {
      const n = parseInt(hex[1], 16);
      return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 };
    }
    const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value);
    if (!fn) return null;
    let a = fn[4] === undefined ? 1 : parseFloat(fn[4]);
    if (fn[4] && fn[4].endsWith('%')) a /= 100;
    return { r: +fn[1], g: +fn[2], b: +fn[3], a };
  }

  /** The colour a translucent `top` shows over an opaque `bottom` (source-over compositing). */
  function over(top, bottom) {
    const mix = (t, b) => t * top.a + b * (1 - top.a);
    return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
  }

  // Relative luminance, https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
  function luminance(color) {
    const channel = (value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
  }

  /** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21. Both colours must be opaque. */
  function contrastRatio(foreground, background) {
    const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  function toHex(color) {
    const hex = (v) => Math.round(v).toString(16).padStart(2, '0');
    return `#${hex(color.r)}${hex(color.g)}${hex(color.b)}`.toUpperCase();
  }

  /** Rounds down, so a ratio printed as 4.50 is never really 4.499. */
  function formatRatio(ratio) {
    return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
  }

  Object.assign(exports, { MINIMUM_RATIO, parseColor, over, luminance, contrastRatio, toHex, formatRatio });
})(typeof module === 'object' && module.exports ? module.exports : (window.Contrast = {}));

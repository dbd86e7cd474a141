/* Runs inside the page, after lib/contrast.js. Measures every text a rendered card shows against the
   background behind it, as composited on screen, and reports those below WCAG 2.1 AA.
   Exposes window.measureContrast(frameId) → { checked, failures: [{ text, foreground, background, ratio }] }. */
(function () {
  'use strict';

  const WHITE = { r: 255, g: 255, b: 255, a: 1 };

  // The colour behind an element: its own and every ancestor's background, composited from the page
  // down (a translucent layer shows what is under it).
  function effectiveBackground(element) {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const color = Contrast.parseColor(getComputedStyle(e).backgroundColor);
      if (color && color.a > 0) layers.push(color);
    }
    return layers.reverse().reduce((below, layer) => Contrast.over(layer, below), WHITE);
  }

  function isRequiredMark(element) {
    return element.getAttribute('aria-hidden') === 'true' && element.textContent.trim() === '*';
  }

  function shortText(text) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length > 60 ? `${t.slice(0, 59)}…` : t;
  }

  window.measureContrast = function measureContrast(frameId) {
    const frame = document.getElementById(frameId);
    const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
    const failures = new Map();
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      // A drop-down's options are drawn by the operating system, not in the card's colours; the
      // required-field mark is drawn in the host's attention colour whatever the card says, and
      // hidden from screen readers (the input itself is marked required).
      if (!node.textContent.trim() || element.closest('select') || isRequiredMark(element)) continue;
      checked++;
      const background = effectiveBackground(element);
      const foreground = Contrast.over(Contrast.parseColor(getComputedStyle(element).color), background);
      const ratio = Contrast.contrastRatio(foreground, background);
      if (ratio >= Contrast.MINIMUM_RATIO) continue;
      const failure = { text: shortText(node.textContent), foreground: Contrast.toHex(foreground), background: Contrast.toHex(background), ratio };
      failures.set(`${failure.text}|${failure.foreground}|${failure.background}`, failure);
    }
    return { checked, failures: [...failures.values()] };
  };
})();

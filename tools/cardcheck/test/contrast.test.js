'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { parseColor, over, contrastRatio, toHex, formatRatio, MINIMUM_RATIO } = require('../lib/contrast');

const hex = (h) => parseColor(h);

test('contrastRatio_blackOnWhite_is21', () => {
  assert.equal(contrastRatio(hex('#000000'), hex('#FFFFFF')), 21);
});

test('contrastRatio_sameColour_is1', () => {
  assert.equal(contrastRatio(hex('#92C353'), hex('#92C353')), 1);
});

test('contrastRatio_teamsGreenOnGoodContainer_isTheIssues1_84', () => {
  // Issue 14 measured the confirmation cards' green text at about 1.85:1 in Teams' light theme.
  assert.equal(formatRatio(contrastRatio(hex('#92C353'), hex('#CCFFCC'))), '1.84:1');
});

test('contrastRatio_grey777OnWhite_fallsJustBelowTheMinimum', () => {
  // The classic borderline case: #777 on white is 4.48:1, #767676 the lightest grey that passes.
  assert.ok(contrastRatio(hex('#777777'), hex('#FFFFFF')) < MINIMUM_RATIO);
  assert.ok(contrastRatio(hex('#767676'), hex('#FFFFFF')) >= MINIMUM_RATIO);
});

test('parseColor_computedStyleForms_parseToChannels', () => {
  assert.deepEqual(parseColor('rgb(37, 36, 36)'), { r: 37, g: 36, b: 36, a: 1 });
  assert.deepEqual(parseColor('rgba(255, 255, 255, 0.75)'), { r: 255, g: 255, b: 255, a: 0.75 });
  assert.deepEqual(parseColor('rgba(0, 0, 0, 0)'), { r: 0, g: 0, b: 0, a: 0 });
  assert.equal(parseColor('transparent'), null);
});

test('over_translucentWhiteOnTeamsDark_mixesChannels', () => {
  // Teams dark's subtle text is white at 75% (#BFFFFFFF) on #2D2C2C.
  const shown = over(parseColor('rgba(255, 255, 255, 0.75)'), hex('#2D2C2C'));
  assert.equal(toHex(shown), '#CBCACA'); // 0.75 × 255 + 0.25 × 0x2D, 0x2C, 0x2C
});

test('formatRatio_roundsDown_soAPassingFigureNeverHidesAFail', () => {
  assert.equal(formatRatio(4.4999), '4.49:1');
  assert.equal(formatRatio(21), '21.00:1');
});

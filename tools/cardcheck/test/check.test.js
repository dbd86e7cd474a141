'use strict';
// Runs the whole checker, Chromium included, on fixture cards.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const CHECK = path.join(__dirname, '..', 'check.js');

function runChecker(fixtures) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardcheck-test-'));
  for (const fixture of fixtures) fs.copyFileSync(path.join(__dirname, 'fixtures', fixture), path.join(dir, fixture));
  const png = path.join(dir, 'png');
  const run = spawnSync(process.execPath, [CHECK, dir, png], { encoding: 'utf8', timeout: 120_000 });
  return { ...run, dir, png };
}

test('check_brokenCard_reportsEachProblemAndExitsOne', () => {
  const run = runChecker(['broken.json', 'good.json']);
  const output = run.stdout + run.stderr;

  assert.equal(run.status, 1, output);
  const line = run.stdout.split('\n').find((l) => l.startsWith('FAIL broken:'));
  assert.ok(line, output);
  assert.match(line, /\$\.version: version "1\.6" is above 1\.5/);
  assert.match(line, /\$\.actions\[0\]: Action\.Execute has no verb/);
  assert.match(line, /\$\.body\[0\]: TextBlock has no text/);
  assert.match(line, /\$\.body\[1\]: unknown element type "Sparkline"/);
  assert.match(line, /renderer parse: UnknownElementType/);
  assert.match(run.stdout, /^ok good$/m);
  assert.match(run.stdout, /^1 passed, 1 failed$/m);
});

test('check_goodCard_exitsZeroAndSavesPng', () => {
  const run = runChecker(['good.json']);

  assert.equal(run.status, 0, run.stdout + run.stderr);
  const png = fs.readFileSync(path.join(run.png, 'good.png'));
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.ok(png.length > 1000, `PNG is only ${png.length} bytes`);
});

test('check_cardWithEmptyBody_failsAsBlank', () => {
  const run = runChecker(['empty-body.json']);

  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^FAIL empty-body: render: rendered card shows nothing/m);
});

test('check_lowContrastText_failsWithThemeTextAndRatio', () => {
  const run = runChecker(['low-contrast.json']);

  assert.equal(run.status, 1, run.stdout + run.stderr);
  const line = run.stdout.split('\n').find((l) => l.startsWith('FAIL low-contrast:'));
  assert.ok(line, run.stdout + run.stderr);
  assert.match(line, /contrast \(light\): "Acuerdo A-12 registrado" 1\.84:1 \(#92C353 on #CCFFCC\), needs 4\.5:1/);
  assert.match(line, /contrast \(dark\): "vencida hace 4 días" 3\.24:1 \(#D74654 on #2D2C2C\)/);
  assert.doesNotMatch(line, /contrast \(high-contrast\)/);
  assert.doesNotMatch(line, /Texto normal legible/);
});

test('check_emptyDirectory_exitsTwo', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cardcheck-empty-'));
  const run = spawnSync(process.execPath, [CHECK, dir], { encoding: 'utf8' });

  assert.equal(run.status, 2);
  assert.match(run.stderr, /no \*\.json card files/);
});

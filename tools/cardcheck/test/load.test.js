'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { loadCard, CARD_CONTENT_TYPE } = require('../lib/load');

const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hola' }] };

function write(json) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cardcheck-load-')), 'sample.json');
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}

test('loadCard_bareCard_namesItAfterFileAndWrapsItInAnActivity', () => {
  const entry = loadCard(write(card));

  assert.equal(entry.name, 'sample');
  assert.deepEqual(entry.problems, []);
  assert.deepEqual(JSON.parse(entry.activityText).attachments[0], { contentType: CARD_CONTENT_TYPE, content: card });
});

test('loadCard_activityAsString_keepsItsExactTextForTheSize', () => {
  // System.Text.Json escapes non-ASCII, so the wire text is longer than JSON.stringify's.
  const activityText = '{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive",'
    + '"content":{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"\\u00D1u\\u00F1oa"}]}}]}';
  const entry = loadCard(write({ name: 'ñuñoa', activity: activityText }));

  assert.equal(entry.name, 'ñuñoa');
  assert.equal(entry.activityText, activityText);
  assert.equal(entry.card.body[0].text, 'Ñuñoa');
});

test('loadCard_activityCarryingAnotherCard_reportsIt', () => {
  const other = { ...card, body: [{ type: 'TextBlock', text: 'Otra' }] };
  const activity = { type: 'message', attachments: [{ contentType: CARD_CONTENT_TYPE, content: other }] };

  const entry = loadCard(write({ name: 'x', card, activity }));

  assert.deepEqual(entry.problems, ['activity: its adaptive card attachment differs from "card"']);
});

test('loadCard_invalidJson_reportsIt', () => {
  const entry = loadCard(write('{ not json'));

  assert.match(entry.problems[0], /^file: not valid JSON/);
});

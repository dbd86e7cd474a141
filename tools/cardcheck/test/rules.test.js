'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { checkCard, checkActivitySize, MAX_ACTIVITY_BYTES } = require('../lib/rules');

const execute = (verb) => ({
  type: 'Action.Execute', title: 'Ir', verb, fallback: { type: 'Action.Submit', title: 'Ir', data: { verb } },
});
const card = (body, actions = []) => ({ type: 'AdaptiveCard', version: '1.5', body, actions });
const text = (t) => ({ type: 'TextBlock', text: t, wrap: true });

test('checkCard_validCard_reportsNothing', () => {
  assert.deepEqual(checkCard(card([text('Hola')], [execute('ayuda')])), []);
});

test('checkCard_missingVersion_reportsIt', () => {
  const problems = checkCard({ type: 'AdaptiveCard', body: [text('Hola')] });
  assert.match(problems.join('\n'), /\$\.version: version is missing/);
});

test('checkCard_version16_reportsIt', () => {
  assert.match(checkCard({ ...card([text('Hola')]), version: '1.6' }).join('\n'), /version "1\.6" is above 1\.5/);
});

test('checkCard_executeInsideShowCardWithoutFallback_reportsItsPath', () => {
  const inner = card([text('Detalle')], [{ type: 'Action.Execute', title: 'Cerrar', verb: 'cerrar' }]);
  const problems = checkCard(card([text('Hola')], [{ type: 'Action.ShowCard', title: 'Más', card: inner }]));
  assert.deepEqual(problems, ['$.actions[0].card.actions[0]: Action.Execute has no Action.Submit fallback (older Teams clients need it)']);
});

test('checkCard_executeAsSelectActionOfNestedContainerWithoutVerb_reportsIt', () => {
  const container = { type: 'Container', items: [text('Tarea')], selectAction: { ...execute(''), verb: '' } };
  const problems = checkCard(card([{ type: 'Container', items: [container] }]));
  assert.ok(problems.includes('$.body[0].items[0].selectAction: Action.Execute has no verb'), problems.join('\n'));
});

test('checkCard_executeInActionSet_fallbackWithOtherVerb_reportsIt', () => {
  const action = { ...execute('cerrar'), fallback: { type: 'Action.Submit', title: 'Ir', data: { verb: 'otra' } } };
  const problems = checkCard(card([{ type: 'ActionSet', actions: [action] }]));
  assert.deepEqual(problems, ['$.body[0].actions[0].fallback: the Action.Submit fallback must carry the same verb in data.verb']);
});

test('checkCard_refreshActionWithVerb_needsNoFallback', () => {
  const refreshed = { ...card([text('Hola')]), refresh: { action: { type: 'Action.Execute', verb: 'refrescar' } } };
  assert.deepEqual(checkCard(refreshed), []);
});

test('checkCard_emptyOrBlankTextBlock_reportsIt', () => {
  const problems = checkCard(card([text(''), text('   '), { type: 'TextBlock' }]));
  assert.equal(problems.filter((p) => p.endsWith('TextBlock has no text')).length, 3);
});

test('checkCard_unknownElementAndActionTypes_reportsThem', () => {
  const problems = checkCard(card([{ type: 'Carousel', pages: [] }], [{ type: 'Action.Popover', title: 'x' }]));
  assert.deepEqual(problems, [
    '$.body[0]: unknown element type "Carousel" for schema 1.5',
    '$.actions[0]: unknown action type "Action.Popover" for schema 1.5',
  ]);
});

test('checkCard_inputsWithoutIdOrDuplicateId_reportsThem', () => {
  const problems = checkCard(card([
    { type: 'Input.Text' },
    { type: 'Input.Date', id: 'plazo' },
    { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'Input.Text', id: 'plazo' }] }] },
  ]));
  assert.deepEqual(problems, [
    '$.body[0]: Input.Text has no id (its value would never reach the bot)',
    '$.body[2].columns[0].items[0]: input id "plazo" is used more than once',
  ]);
});

test('checkCard_actionDataWithTypeKeys_isNotWalked', () => {
  const submit = { type: 'Action.Submit', title: 'x', data: { msteams: { type: 'messageBack' } } };
  assert.deepEqual(checkCard(card([text('Hola')], [submit])), []);
});

test('checkActivitySize_countsUtf16CodeUnitsTimesTwo', () => {
  const limitChars = MAX_ACTIVITY_BYTES / 2;
  assert.deepEqual(checkActivitySize('a'.repeat(limitChars - 1)), []);
  assert.match(checkActivitySize('a'.repeat(limitChars)).join(''), /81920 bytes as UTF-16/);
  // An emoji is two UTF-16 code units, so it counts four bytes.
  assert.match(checkActivitySize('🎉'.repeat(limitChars / 2)).join(''), /81920 bytes/);
});

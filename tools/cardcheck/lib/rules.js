'use strict';
// What the renderer does not flag but Teams (or MesaBot's own routing) needs. The adaptivecards
// renderer happily parses version "1.6", an Action.Execute without verb or a TextBlock without text,
// so these rules walk the card JSON themselves.

const MAX_VERSION = '1.5';

// The element and action types of schema 1.5. Carousel (1.6) and anything newer are rejected: Teams
// renders 1.5, and the renderer would otherwise accept them silently.
const ELEMENT_TYPES = new Set([
  'TextBlock', 'RichTextBlock', 'Image', 'ImageSet', 'Media', 'FactSet', 'ColumnSet', 'Container',
  'ActionSet', 'Table', 'Input.Text', 'Input.Number', 'Input.Date', 'Input.Time', 'Input.Toggle',
  'Input.ChoiceSet',
]);
const ACTION_TYPES = new Set([
  'Action.OpenUrl', 'Action.Submit', 'Action.ShowCard', 'Action.ToggleVisibility', 'Action.Execute',
]);

// Teams rejects a message over about 100 KB counted as UTF-16; we keep a margin (PROTOCOL.md).
const MAX_ACTIVITY_BYTES = 80 * 1024;

function parseVersion(text) {
  const match = /^(\d+)\.(\d+)$/.exec(typeof text === 'string' ? text : '');
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

function isNonEmptyString(value) {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Returns a list of problems (strings, each starting with the JSON path) for one card. */
function checkCard(card) {
  const problems = [];
  const inputIds = new Map();
  const report = (path, message) => problems.push(`${path}: ${message}`);

  if (card === null || typeof card !== 'object' || card.type !== 'AdaptiveCard') {
    return ['$: not an AdaptiveCard (type must be "AdaptiveCard")'];
  }
  checkVersion(card.version, '$.version', report, true);
  walkCard(card, '$', { report, inputIds });
  for (const [id, paths] of inputIds) {
    if (paths.length > 1) report(paths[1], `input id "${id}" is used more than once`);
  }
  return problems;
}

function checkVersion(version, path, report, required) {
  if (version === undefined || version === null) {
    if (required) report(path, 'version is missing (Teams needs it; use "1.5")');
    return;
  }
  const parsed = parseVersion(version);
  const max = parseVersion(MAX_VERSION);
  if (!parsed) {
    report(path, `version "${version}" is not of the form "1.5"`);
  } else if (parsed.major > max.major || (parsed.major === max.major && parsed.minor > max.minor)) {
    report(path, `version "${version}" is above ${MAX_VERSION}, the schema Teams renders`);
  }
}

function walkCard(card, path, state) {
  walkElements(card.body, `${path}.body`, state);
  walkActions(card.actions, `${path}.actions`, state);
  if (card.selectAction) walkAction(card.selectAction, `${path}.selectAction`, state);
  if (card.refresh && card.refresh.action) {
    // The refresh action is never shown, so it needs a verb but no Action.Submit fallback.
    walkAction(card.refresh.action, `${path}.refresh.action`, state, { isRefresh: true });
  }
}

function walkElements(list, path, state) {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    state.report(path, 'must be an array');
    return;
  }
  list.forEach((element, i) => walkElement(element, `${path}[${i}]`, state));
}

function walkActions(list, path, state) {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    state.report(path, 'must be an array');
    return;
  }
  list.forEach((action, i) => walkAction(action, `${path}[${i}]`, state));
}

function walkElement(element, path, state) {
  const { report } = state;
  if (element === null || typeof element !== 'object') {
    report(path, 'element is not an object');
    return;
  }
  const type = element.type;
  if (!ELEMENT_TYPES.has(type)) {
    report(path, `unknown element type "${type}" for schema ${MAX_VERSION}`);
    return;
  }
  if (type === 'TextBlock' && !isNonEmptyString(element.text)) report(path, 'TextBlock has no text');
  if (type.startsWith('Input.')) checkInput(element, path, state);
  if (element.selectAction) walkAction(element.selectAction, `${path}.selectAction`, state);
  if (element.fallback && typeof element.fallback === 'object') walkElement(element.fallback, `${path}.fallback`, state);

  switch (type) {
    case 'Container':
      walkElements(element.items, `${path}.items`, state);
      break;
    case 'ColumnSet':
      (element.columns || []).forEach((column, i) => walkColumn(column, `${path}.columns[${i}]`, state));
      break;
    case 'ActionSet':
      walkActions(element.actions, `${path}.actions`, state);
      break;
    case 'ImageSet':
      walkElements(element.images, `${path}.images`, state);
      break;
    case 'Table':
      (element.rows || []).forEach((row, r) => (row.cells || []).forEach((cell, c) =>
        walkElements(cell.items, `${path}.rows[${r}].cells[${c}].items`, state)));
      break;
    case 'RichTextBlock':
      (element.inlines || []).forEach((inline, i) => {
        if (typeof inline === 'object' && inline !== null) {
          if (inline.type !== 'TextRun') report(`${path}.inlines[${i}]`, `unknown inline type "${inline.type}"`);
          else if (inline.selectAction) walkAction(inline.selectAction, `${path}.inlines[${i}].selectAction`, state);
        }
      });
      break;
    case 'Input.Text':
      if (element.inlineAction) walkAction(element.inlineAction, `${path}.inlineAction`, state);
      break;
    default:
      break;
  }
}

function walkColumn(column, path, state) {
  if (column === null || typeof column !== 'object' || (column.type !== undefined && column.type !== 'Column')) {
    state.report(path, 'a ColumnSet may only hold Column objects');
    return;
  }
  walkElements(column.items, `${path}.items`, state);
  if (column.selectAction) walkAction(column.selectAction, `${path}.selectAction`, state);
}

function checkInput(input, path, state) {
  if (!isNonEmptyString(input.id)) {
    state.report(path, `${input.type} has no id (its value would never reach the bot)`);
    return;
  }
  const paths = state.inputIds.get(input.id) || [];
  paths.push(path);
  state.inputIds.set(input.id, paths);
}

function walkAction(action, path, state, { isRefresh = false } = {}) {
  const { report } = state;
  if (action === null || typeof action !== 'object') {
    report(path, 'action is not an object');
    return;
  }
  if (!ACTION_TYPES.has(action.type)) {
    report(path, `unknown action type "${action.type}" for schema ${MAX_VERSION}`);
    return;
  }
  if (action.type === 'Action.Execute') checkExecute(action, path, report, isRefresh);
  else if (action.fallback && typeof action.fallback === 'object') walkAction(action.fallback, `${path}.fallback`, state);
  if (action.type === 'Action.ShowCard') {
    if (!action.card || action.card.type !== 'AdaptiveCard') {
      report(`${path}.card`, 'Action.ShowCard needs a card of type "AdaptiveCard"');
    } else {
      checkVersion(action.card.version, `${path}.card.version`, report, false);
      walkCard(action.card, `${path}.card`, state);
    }
  }
}

function checkExecute(action, path, report, isRefresh) {
  if (!isNonEmptyString(action.verb)) report(path, 'Action.Execute has no verb');
  if (isRefresh) return;
  const fallback = action.fallback;
  if (!fallback || typeof fallback !== 'object' || fallback.type !== 'Action.Submit') {
    report(path, 'Action.Execute has no Action.Submit fallback (older Teams clients need it)');
    return;
  }
  // MesaBot routes a submitted fallback by data.verb, so it must name the same verb.
  const data = fallback.data;
  if (!data || typeof data !== 'object' || data.verb !== action.verb) {
    report(`${path}.fallback`, 'the Action.Submit fallback must carry the same verb in data.verb');
  }
}

/** Size of the serialized activity as Teams counts it: UTF-16 code units × 2 bytes. */
function activityBytes(activityText) {
  return activityText.length * 2;
}

function checkActivitySize(activityText) {
  const bytes = activityBytes(activityText);
  return bytes < MAX_ACTIVITY_BYTES
    ? []
    : [`activity: ${bytes} bytes as UTF-16, over the ${MAX_ACTIVITY_BYTES}-byte limit we keep under`];
}

module.exports = {
  ELEMENT_TYPES, ACTION_TYPES, MAX_VERSION, MAX_ACTIVITY_BYTES, checkCard, checkActivitySize, activityBytes,
};

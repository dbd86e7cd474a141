'use strict';
// Reads the cards to check from a directory. Each *.json file is either a bare Adaptive Card or an
// envelope { "name", "card", "activity" } (see README.md).
const fs = require('node:fs');
const path = require('node:path');
const { isDeepStrictEqual } = require('node:util');

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

function loadCards(directory) {
  return fs.readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => loadCard(path.join(directory, file)));
}

/** One entry: { name, card, activityText, problems } — problems found while reading it. */
function loadCard(file) {
  const fallbackName = path.basename(file, '.json');
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { name: fallbackName, card: null, activityText: null, problems: [`file: not valid JSON (${error.message})`] };
  }
  if (json && json.type === 'AdaptiveCard') {
    return { name: fallbackName, card: json, activityText: wrapInActivity(json), problems: [] };
  }
  return fromEnvelope(json || {}, fallbackName);
}

function fromEnvelope(envelope, fallbackName) {
  const name = typeof envelope.name === 'string' && envelope.name ? envelope.name : fallbackName;
  const problems = [];
  let card = envelope.card ?? null;
  let activityText = null;

  if (envelope.activity !== undefined) {
    // A string is the activity exactly as the bot serialized it, so its size is the real one.
    activityText = typeof envelope.activity === 'string' ? envelope.activity : JSON.stringify(envelope.activity);
    const activity = JSON.parse(activityText);
    const attachments = (activity.attachments || []).filter((a) => a && a.contentType === CARD_CONTENT_TYPE);
    if (activity.type !== 'message') problems.push('activity: type is not "message"');
    if (attachments.length === 0) {
      problems.push(`activity: no attachment of content type ${CARD_CONTENT_TYPE}`);
    } else if (card === null) {
      card = attachments[0].content;
    } else if (!attachments.some((a) => isDeepStrictEqual(a.content, card))) {
      problems.push('activity: its adaptive card attachment differs from "card"');
    }
  } else if (card !== null) {
    activityText = wrapInActivity(card);
  }
  if (card === null) problems.push('file: neither a card nor an envelope with "card" or "activity"');
  return { name, card, activityText, problems };
}

function wrapInActivity(card) {
  return JSON.stringify({ type: 'message', attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }] });
}

module.exports = { loadCards, loadCard, CARD_CONTENT_TYPE };

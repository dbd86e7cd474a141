'use strict';
// The official renderer's own verdict, in Node: parse events and property validation.
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

/** Problems the renderer reports for the card JSON (empty when it is happy). */
function rendererProblems(cardJson) {
  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  try {
    card.parse(cardJson, context);
  } catch (error) {
    return [`renderer: parse threw ${error.message}`];
  }
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(describe('renderer parse', context.getEventAt(i)));
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(describe('renderer validation', event));
  }
  return problems;
}

function describe(prefix, event) {
  return `${prefix}: ${AdaptiveCards.ValidationEvent[event.event] || event.event}: ${event.message}`;
}

module.exports = { rendererProblems };

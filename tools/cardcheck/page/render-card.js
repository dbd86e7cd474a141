/* Runs inside the page, after adaptivecards.min.js. Renders one card into a Teams-like frame and
   reports what went wrong. Exposes window.renderCard(id, cardJson, hostConfigJson, themeClass). */
(function () {
  'use strict';

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function inline(text) {
    return escapeHtml(text)
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<em>$2</em>')
      .replace(/(^|\W)_(?!\s)(.+?)_(?=\W|$)/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  }

  // Teams renders a subset of Markdown in TextBlocks: bold, italic, links and lists. Without a
  // processor the renderer would show the asterisks, which is not what people see in Teams.
  function markdown(text) {
    const blocks = [];
    let list = null;
    for (const line of text.split('\n')) {
      const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
      const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
      const item = bullet || numbered;
      if (item) {
        const tag = bullet ? 'ul' : 'ol';
        if (!list || list.tag !== tag) {
          list = { tag, items: [] };
          blocks.push(list);
        }
        list.items.push(inline(item[1]));
      } else {
        list = null;
        blocks.push({ tag: 'p', html: inline(line) });
      }
    }
    return blocks.map((b) => (b.tag === 'p' ? `<p>${b.html}</p>`
      : `<${b.tag}>${b.items.map((i) => `<li>${i}</li>`).join('')}</${b.tag}>`)).join('');
  }

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  window.renderCard = function renderCard(id, cardJson, hostConfigJson, themeClass) {
    const errors = [];
    const frame = document.createElement('div');
    frame.className = `card-frame ${themeClass}`;
    frame.id = id;
    document.body.appendChild(frame);

    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(hostConfigJson);
    const context = new AdaptiveCards.SerializationContext();
    let rendered;
    try {
      card.parse(cardJson, context);
      rendered = card.render();
    } catch (error) {
      errors.push(`render threw ${error && error.message}`);
    }
    for (let i = 0; i < context.eventCount; i++) {
      const event = context.getEventAt(i);
      errors.push(`page parse: ${AdaptiveCards.ValidationEvent[event.event]}: ${event.message}`);
    }
    if (!rendered) {
      errors.push('render() returned nothing');
      return { errors, height: 0, textLength: 0 };
    }
    frame.appendChild(rendered);
    const box = rendered.getBoundingClientRect();
    const text = rendered.innerText.trim();
    if (box.height < 1 || box.width < 1) errors.push(`rendered card is empty (${box.width}x${box.height} px)`);
    // A card that shows neither text nor an image, input or button would reach Teams as a blank box.
    if (text.length === 0 && !rendered.querySelector('img, input, button, textarea, select, video')) {
      errors.push('rendered card shows nothing (no text, image, input or button)');
    }
    return { errors, height: Math.round(box.height), textLength: text.length };
  };
})();

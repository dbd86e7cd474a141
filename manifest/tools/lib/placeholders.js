'use strict';
// Fills ${{NAME}} placeholders from the environment. Defaults are obviously fake so a CI build works
// without secrets, and the summary says loudly when a package is not fit for upload.
const DEFAULTS = {
  MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000000',
  BOT_HOSTNAME: 'mesabot.example.org',
  APP_VERSION: '1.0.0',
  DEVELOPER_WEBSITE_URL: 'https://www.mop.gob.cl/',
  DEVELOPER_PRIVACY_URL: 'https://www.mop.gob.cl/',
  DEVELOPER_TERMS_URL: 'https://www.mop.gob.cl/',
};

// Values that must be real before the package goes to a tenant's catalog.
const REQUIRED_FOR_UPLOAD = ['MICROSOFT_APP_ID', 'BOT_HOSTNAME'];

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

function resolveValues(env) {
  const values = {};
  const defaulted = [];
  for (const [name, fallback] of Object.entries(DEFAULTS)) {
    const value = (env[name] || '').trim();
    values[name] = value || fallback;
    if (!value && REQUIRED_FOR_UPLOAD.includes(name)) defaulted.push(name);
  }
  return { values, defaulted };
}

/** Checks what the schema cannot: a bare host name (validDomains takes no scheme, port or path). */
function checkValues(values) {
  const errors = [];
  if (!HOSTNAME.test(values.BOT_HOSTNAME)) {
    errors.push(`BOT_HOSTNAME must be a bare host name such as mesabot.azurewebsites.net, got "${values.BOT_HOSTNAME}"`);
  }
  return errors;
}

/** Replaces placeholders in JSON text (values are JSON-escaped); unknown names are errors. */
function fill(text, values) {
  const errors = [];
  const filled = text.replace(PLACEHOLDER, (whole, name) => {
    if (!(name in values)) {
      errors.push(`unknown placeholder ${whole}`);
      return whole;
    }
    return JSON.stringify(values[name]).slice(1, -1);
  });
  return { text: filled, errors };
}

function findUnfilled(text) {
  return [...text.matchAll(/\$\{\{[^}]*\}\}/g)].map((m) => m[0]);
}

module.exports = { DEFAULTS, resolveValues, checkValues, fill, findUnfilled };

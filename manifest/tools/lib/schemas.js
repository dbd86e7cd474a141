'use strict';
// Loads the official Teams schemas bundled in @microsoft/app-manifest and validates with that package's
// own validator. Offline only: a $schema we do not have bundled is an error, never a download.
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

// The package falls back to fetching a schema it cannot find locally; make that impossible.
globalThis.fetch = () => {
  throw new Error('network access is disabled in the manifest build: the schema must be bundled');
};

const SCHEMA_ROOT = path.join(
  path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

function loadSchema(schemaUrl) {
  const match = SCHEMA_URL.exec(schemaUrl || '');
  if (!match) throw new Error(`$schema "${schemaUrl}" is not an official Teams manifest or localization schema URL`);
  const file = path.join(SCHEMA_ROOT, match[1], match[2]);
  if (!fs.existsSync(file)) throw new Error(`schema ${match[1]}/${match[2]} is not bundled in @microsoft/app-manifest`);
  // Same clean-up the package applies to the schema text (\a and \v escapes are not valid JSON).
  const text = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return { version: match[1], file: path.relative(SCHEMA_ROOT, file), schema: JSON.parse(text) };
}

// The localization schema's patterns are ECMAScript regexes written for non-Unicode mode (e.g.
// "\\b]" with a lone "]"), which Ajv's default Unicode mode refuses to compile, so
// AppManifestUtils.validateAgainstSchema throws on it. Same Ajv, same options as that helper, but
// with unicodeRegExp off, which is how the patterns are meant to be read.
function validateLocalization(document, schema) {
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  if (check(JSON.parse(JSON.stringify(document)))) return [];
  return check.errors.map((e) => `${e.instancePath || '/'} ${e.message || ''}. Details: ${JSON.stringify(e.params)}`);
}

/** Returns { version, file, errors: string[] } */
async function validate(document) {
  const { version, file, schema } = loadSchema(document.$schema);
  const errors = file.endsWith('Localization.schema.json')
    ? validateLocalization(document, schema)
    : await AppManifestUtils.validateAgainstSchema(document, schema);
  return { version, file, errors };
}

module.exports = { validate, SCHEMA_ROOT };

'use strict';
// Assembles the app package's files from the source folder and validates a package as Teams would
// receive it: the filled manifest and localization files against the bundled official schemas, the
// icons, the message-action contract with the bot, and the exact list of files at the zip root.
const fs = require('fs');
const path = require('path');
const schemas = require('./schemas');
const icons = require('./icons');
const { fill, findUnfilled, checkValues } = require('./placeholders');
const { checkCoverage } = require('./localization');

const HOSTNAME = /^(?=.{1,253}$)(\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

function parseJson(name, buffer, errors) {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch (e) {
    errors.push(`${name}: not valid JSON (${e.message})`);
    return undefined;
  }
}

/** Files the manifest points at: icons and localization files, by their path inside the package. */
function referencedFiles(manifest) {
  const files = [manifest.icons?.color, manifest.icons?.outline];
  if (manifest.localizationInfo?.defaultLanguageFile) files.push(manifest.localizationInfo.defaultLanguageFile);
  for (const language of manifest.localizationInfo?.additionalLanguages || []) files.push(language.file);
  return files.filter((f) => typeof f === 'string');
}

/** Reads the templates from sourceDir and fills them: Map<name, Buffer> in zip order. */
function assemble(sourceDir, values) {
  const errors = checkValues(values);
  const files = new Map();
  const filledJson = (name) => {
    const result = fill(fs.readFileSync(path.join(sourceDir, name), 'utf8'), values);
    errors.push(...result.errors.map((e) => `${name}: ${e}`));
    return Buffer.from(result.text, 'utf8');
  };
  files.set('manifest.json', filledJson('manifest.json'));
  const manifest = parseJson('manifest.json', files.get('manifest.json'), errors);
  for (const name of manifest ? referencedFiles(manifest) : []) {
    const source = path.join(sourceDir, name);
    if (!fs.existsSync(source)) {
      errors.push(`manifest.json refers to ${name}, which is not in ${sourceDir}`);
    } else {
      files.set(name, name.endsWith('.json') ? filledJson(name) : fs.readFileSync(source));
    }
  }
  return { files, errors };
}

function checkMessageAction(manifest, errors) {
  const botId = manifest.bots?.[0]?.botId;
  const extension = manifest.composeExtensions?.[0];
  const command = extension?.commands?.find((c) => c.id === 'registrarMensaje');
  if (!command) {
    errors.push('manifest.json: composeExtensions[0] has no command "registrarMensaje" (the bot handles that id)');
    return;
  }
  if (extension.botId !== botId) errors.push('manifest.json: composeExtensions[0].botId must be the bot\'s id');
  if (command.type !== 'action' || command.fetchTask !== true
      || JSON.stringify(command.context) !== JSON.stringify(['message'])) {
    errors.push('manifest.json: registrarMensaje must be type "action", context ["message"], fetchTask true');
  }
}

/** files: Map<name, Buffer>. Returns { errors, notes } — notes describe what was checked. */
async function validatePackage(files) {
  const errors = [];
  const notes = [];
  const manifestBuffer = files.get('manifest.json');
  if (!manifestBuffer) return { errors: ['the package has no manifest.json at its root'], notes };
  for (const placeholder of findUnfilled(manifestBuffer.toString('utf8'))) {
    errors.push(`manifest.json: placeholder ${placeholder} was not filled`);
  }
  const manifest = parseJson('manifest.json', manifestBuffer, errors);
  if (!manifest) return { errors, notes };

  try {
    const result = await schemas.validate(manifest);
    errors.push(...result.errors.map((e) => `manifest.json: ${e}`));
    notes.push(`manifest.json valid against ${result.file}`);
  } catch (e) {
    errors.push(`manifest.json: ${e.message}`);
  }

  checkMessageAction(manifest, errors);
  for (const domain of manifest.validDomains || []) {
    if (!HOSTNAME.test(domain)) errors.push(`manifest.json: validDomains entry "${domain}" is not a bare host name`);
  }

  for (const [name, check] of [[manifest.icons?.color, icons.checkColor], [manifest.icons?.outline, icons.checkOutline]]) {
    if (!name || !files.has(name)) {
      errors.push(`icon ${name} is missing from the package`);
      continue;
    }
    try {
      const result = check(files.get(name));
      errors.push(...result.errors.map((e) => `${name}: ${e}`));
      notes.push(`${name}: ${result.summary}`);
    } catch (e) {
      errors.push(`${name}: ${e.message}`);
    }
  }

  const languages = [...(manifest.localizationInfo?.additionalLanguages || [])];
  if (manifest.localizationInfo?.defaultLanguageFile) {
    languages.push({ languageTag: manifest.localizationInfo.defaultLanguageTag, file: manifest.localizationInfo.defaultLanguageFile });
  }
  for (const { languageTag, file } of languages) {
    if (!files.has(file)) {
      errors.push(`localization file ${file} (${languageTag}) is missing from the package`);
      continue;
    }
    for (const placeholder of findUnfilled(files.get(file).toString('utf8'))) errors.push(`${file}: placeholder ${placeholder} was not filled`);
    const localization = parseJson(file, files.get(file), errors);
    if (!localization) continue;
    try {
      const result = await schemas.validate(localization);
      errors.push(...result.errors.map((e) => `${file}: ${e}`));
      notes.push(`${file} (${languageTag}) valid against ${result.file}`);
    } catch (e) {
      errors.push(`${file}: ${e.message}`);
    }
    errors.push(...checkCoverage(manifest, localization, file));
  }

  const expected = ['manifest.json', ...referencedFiles(manifest)].sort();
  const actual = [...files.keys()].sort();
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    errors.push(`the package must hold exactly ${expected.join(', ')}; it holds ${actual.join(', ')}`);
  }
  for (const name of actual) {
    if (name.includes('/') || name.includes('\\')) errors.push(`${name}: every file must be at the zip root`);
  }
  return { errors, notes, manifest };
}

module.exports = { assemble, validatePackage };

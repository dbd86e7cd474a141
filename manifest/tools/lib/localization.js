'use strict';
// Beyond the schema: every key of a localization file must point at a string that exists in the
// manifest (a stale index silently translates nothing), and every localizable string in the manifest
// must be translated (so an English user never sees half the app in Spanish by accident).

/** The manifest's localizable strings as localization keys, e.g. bots[0].commandLists[1].commands[2].title */
function localizableKeys(manifest) {
  const keys = [];
  if (manifest.name?.short) keys.push('name.short');
  if (manifest.name?.full) keys.push('name.full');
  if (manifest.description?.short) keys.push('description.short');
  if (manifest.description?.full) keys.push('description.full');
  (manifest.bots?.[0]?.commandLists || []).forEach((list, i) => (list.commands || []).forEach((command, j) => {
    for (const field of ['title', 'description']) {
      if (command[field] !== undefined) keys.push(`bots[0].commandLists[${i}].commands[${j}].${field}`);
    }
  }));
  (manifest.composeExtensions?.[0]?.commands || []).forEach((command, k) => {
    for (const field of ['title', 'description']) {
      if (command[field] !== undefined) keys.push(`composeExtensions[0].commands[${k}].${field}`);
    }
    if (command.taskInfo?.title !== undefined) keys.push(`composeExtensions[0].commands[${k}].taskInfo.title`);
  });
  return keys;
}

/** Resolves "a[0].b.c" against an object; undefined when any step is missing. */
function lookup(document, key) {
  return key.split('.').reduce((node, part) => {
    if (node === undefined) return undefined;
    const match = /^([A-Za-z0-9]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return undefined;
    let value = node[match[1]];
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) value = value?.[Number(index[1])];
    return value;
  }, document);
}

function checkCoverage(manifest, localization, fileName) {
  const errors = [];
  for (const key of Object.keys(localization)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof lookup(manifest, key) !== 'string') errors.push(`${fileName}: key "${key}" matches no string in manifest.json`);
  }
  for (const key of localizableKeys(manifest)) {
    if (!(key in localization)) errors.push(`${fileName}: no translation for "${key}"`);
  }
  return errors;
}

module.exports = { checkCoverage, localizableKeys };

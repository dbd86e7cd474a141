'use strict';
// Proves the validator can fail: each case breaks a copy of the good package in one way and must be
// rejected with the expected reason. A validator that accepts everything makes this fail, so CI
// cannot be green by accident.
const { assemble, validatePackage } = require('./appPackage');
const { encodeRgba } = require('./png');

function editJson(files, name, edit) {
  const copy = new Map(files);
  const document = JSON.parse(copy.get(name).toString('utf8'));
  edit(document);
  copy.set(name, Buffer.from(JSON.stringify(document, null, 2)));
  return copy;
}

function solidPng(size, rgba) {
  return encodeRgba(size, size, new Uint8Array(size * size * 4).map((_, i) => rgba[i % 4]));
}

const CASES = [
  ['message action of an unknown type', (f) => editJson(f, 'manifest.json', (m) => { m.composeExtensions[0].commands[0].type = 'accion'; }), 'must be equal to one of the allowed values'],
  ['developer without a privacy URL', (f) => editJson(f, 'manifest.json', (m) => { delete m.developer.privacyUrl; }), "must have required property 'privacyUrl'"],
  ['bot id that is not a GUID', (f) => editJson(f, 'manifest.json', (m) => { m.bots[0].botId = 'mesabot'; }), '/bots/0/botId must match pattern'],
  ['13 commands in one list', (f) => editJson(f, 'manifest.json', (m) => { m.bots[0].commandLists[0].commands = Array.from({ length: 13 }, (_, i) => ({ title: `c${i}` })); }), 'must NOT have more than 12 items'],
  ['unknown property in the manifest', (f) => editJson(f, 'manifest.json', (m) => { m.mesa = 'resiliencia'; }), 'must NOT have additional properties'],
  ['message action renamed', (f) => editJson(f, 'manifest.json', (m) => { m.composeExtensions[0].commands[0].id = 'guardarMensaje'; }), 'no command "registrarMensaje"'],
  ['host name with a scheme', (f) => editJson(f, 'manifest.json', (m) => { m.validDomains = ['https://mesabot.example.org/api']; }), 'is not a bare host name'],
  ['placeholder left unfilled', (f) => editJson(f, 'manifest.json', (m) => { m.validDomains = ['${{BOT_HOSTNAME}}']; }), 'was not filled'],
  ['localization key the schema does not allow', (f) => editJson(f, 'en-us.json', (l) => { l['bots[0].scopes'] = 'team'; }), 'en-us.json: / must NOT have additional properties'],
  ['localization name over 30 characters', (f) => editJson(f, 'en-us.json', (l) => { l['name.short'] = 'MesaBot working group record keeper'; }), 'must NOT have more than 30 characters'],
  ['localization key for a command that does not exist', (f) => editJson(f, 'en-us.json', (l) => { l['bots[0].commandLists[0].commands[11].title'] = 'help'; }), 'matches no string in manifest.json'],
  ['localization missing a translation', (f) => editJson(f, 'en-us.json', (l) => { delete l['description.short']; }), "must have required property 'description.short'"],
  ['command description left untranslated', (f) => editJson(f, 'en-us.json', (l) => { delete l['bots[0].commandLists[2].commands[4].description']; }), 'no translation for "bots[0].commandLists[2].commands[4].description"'],
  ['outline icon with an opaque background', (f) => new Map(f).set('outline.png', solidPng(32, [255, 255, 255, 255])), 'background must be transparent'],
  ['outline icon drawn in blue', (f) => new Map(f).set('outline.png', encodeRgba(32, 32, new Uint8Array(32 * 32 * 4).map((_, i) => (i < 2048 ? [15, 105, 180, 255][i % 4] : 0)))), 'foreground must be white'],
  ['colour icon of the wrong size', (f) => new Map(f).set('color.png', solidPng(96, [15, 105, 180, 255])), 'must be 192×192'],
  ['icon that is not a PNG', (f) => new Map(f).set('color.png', Buffer.from('GIF89a')), 'not a PNG file'],
  ['extra file in the package', (f) => new Map(f).set('README.md', Buffer.from('hola')), 'the package must hold exactly'],
  ['localization file missing', (f) => { const c = new Map(f); c.delete('en-us.json'); return c; }, 'localization file en-us.json (en-us) is missing'],
];

async function runSelfTest(sourceDir, values, log) {
  const good = assemble(sourceDir, values);
  if (good.errors.length > 0) throw new Error(`self-test: the source package does not assemble:\n  ${good.errors.join('\n  ')}`);
  const control = await validatePackage(good.files);
  if (control.errors.length > 0) {
    throw new Error(`self-test: the good package should validate but fails:\n  ${control.errors.join('\n  ')}`);
  }
  const failures = [];
  for (const [title, breakIt, expected] of CASES) {
    const { errors } = await validatePackage(breakIt(good.files));
    const caught = errors.some((e) => e.includes(expected));
    log(`  ${caught ? 'rejected' : 'ACCEPTED'}  ${title}${caught ? '' : `  (expected an error containing "${expected}"; got: ${errors.join(' | ') || 'no error'})`}`);
    if (!caught) failures.push(title);
  }
  if (failures.length > 0) throw new Error(`self-test: ${failures.length} broken package(s) were not rejected: ${failures.join('; ')}`);
  return CASES.length;
}

module.exports = { runSelfTest };

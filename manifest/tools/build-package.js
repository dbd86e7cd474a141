'use strict';
// Builds manifest/build/appPackage.zip: fills the placeholders from the environment, validates
// everything offline, zips the files at the root, reads the zip back and validates that too.
//   node build-package.js [--self-test-only] [--skip-self-test]
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { assemble, validatePackage } = require('./lib/appPackage');
const { DEFAULTS, resolveValues } = require('./lib/placeholders');
const { localizableKeys } = require('./lib/localization');
const { runSelfTest } = require('./lib/selfTest');
const { writeZip, readZip } = require('./lib/zip');

const SOURCE = path.resolve(__dirname, '..');
const OUTPUT = path.join(SOURCE, 'build', 'appPackage.zip');

function fail(message) {
  console.error(`\nFAILED: ${message}`);
  process.exit(1);
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const { values, defaulted } = resolveValues(process.env);

  if (!args.has('--skip-self-test')) {
    console.log('Validator self-test (each broken package must be rejected):');
    // Always on the fixed fake values, so the self-test does not depend on this machine's environment.
    const count = await runSelfTest(SOURCE, DEFAULTS, (line) => console.log(line));
    console.log(`Self-test passed: the good package validates and all ${count} broken packages were rejected.\n`);
  }
  if (args.has('--self-test-only')) return;

  const { files, errors } = assemble(SOURCE, values);
  if (errors.length > 0) fail(`could not assemble the package:\n  ${errors.join('\n  ')}`);
  const before = await validatePackage(files);
  if (before.errors.length > 0) fail(`${before.errors.length} validation error(s):\n  ${before.errors.join('\n  ')}`);

  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  const zip = writeZip([...files].map(([name, data]) => ({ name, data })));
  fs.writeFileSync(OUTPUT, zip);

  // Validate what was written, not what we meant to write.
  const packed = new Map(readZip(fs.readFileSync(OUTPUT)).map((e) => [e.name, e.data]));
  const after = await validatePackage(packed);
  if (after.errors.length > 0) fail(`the written zip does not validate:\n  ${after.errors.join('\n  ')}`);

  const manifest = after.manifest;
  console.log('Teams app package');
  console.log(`  schema        manifestVersion ${manifest.manifestVersion} (${manifest.$schema})`);
  console.log(`  app / bot id  ${manifest.id}${defaulted.includes('MICROSOFT_APP_ID') ? '  (default: MICROSOFT_APP_ID not set)' : ''}`);
  console.log(`  host          ${manifest.validDomains.join(', ')}${defaulted.includes('BOT_HOSTNAME') ? '  (default: BOT_HOSTNAME not set)' : ''}`);
  console.log(`  version       ${manifest.version}`);
  for (const list of manifest.bots[0].commandLists) {
    console.log(`  commands      ${list.scopes.join('+')}: ${list.commands.map((c) => c.title).join(', ')}`);
  }
  console.log(`  message action ${manifest.composeExtensions[0].commands.map((c) => `${c.id} "${c.title}"`).join(', ')}`);
  console.log(`  RSC permissions ${(manifest.authorization?.permissions?.resourceSpecific || []).map((p) => p.name).join(', ') || 'none'}`);
  console.log(`  localization  ${manifest.localizationInfo.defaultLanguageTag} (default) + ${manifest.localizationInfo.additionalLanguages.map((l) => l.languageTag).join(', ')}; ${localizableKeys(manifest).length} strings each`);
  for (const note of after.notes) console.log(`  checked       ${note}`);
  console.log(`  zip           ${path.relative(process.cwd(), OUTPUT)} (${zip.length} bytes, sha256 ${crypto.createHash('sha256').update(zip).digest('hex').slice(0, 16)}…)`);
  for (const [name, data] of packed) console.log(`                  ${name.padEnd(14)} ${data.length} bytes`);
  if (defaulted.length > 0) {
    console.log(`\nNOTE: ${defaulted.join(' and ')} not set: this package uses fake values and is NOT for upload.`);
    console.log('      Set them (see docs/deploy.md) to build the package for your tenant.');
  }
}

main().catch((e) => fail(e.message));

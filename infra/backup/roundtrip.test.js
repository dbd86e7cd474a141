'use strict';
// Round trip against a real Azurite (from the repository's node_modules): export two tables, drop
// them, restore, and compare every entity and Edm type. Run: node --test infra/backup/
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const fs = require('node:fs');
const { TableClient } = require('@azure/data-tables');
const { main } = require('./tables-backup');

const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURITE = path.resolve(__dirname, '..', '..', 'node_modules', '.bin', 'azurite');
let azurite;
let connectionString;

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Azurite did not open port ${port}`);
}

before(async () => {
  if (!fs.existsSync(AZURITE)) throw new Error(`Azurite not found at ${AZURITE} (npm ci at the repository root)`);
  const [blob, queue, table] = [await freePort(), await freePort(), await freePort()];
  azurite = spawn(AZURITE, ['--blobHost', '127.0.0.1', '--queueHost', '127.0.0.1', '--tableHost', '127.0.0.1',
    '--blobPort', blob, '--queuePort', queue, '--tablePort', table, '--inMemoryPersistence', '--disableTelemetry',
    '--silent', '--skipApiVersionCheck'].map(String), { stdio: 'ignore' });
  await Promise.all([waitForPort(blob), waitForPort(table)]);
  connectionString = `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${KEY};`
    + `BlobEndpoint=http://127.0.0.1:${blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:${table}/devstoreaccount1;`;
});

after(() => azurite?.kill('SIGTERM'));

const table = (name) => TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });

async function readAll(name) {
  const rows = [];
  for await (const e of table(name).listEntities({ disableTypeConversion: true })) {
    const { etag, timestamp, ...rest } = e;
    rows.push(rest);
  }
  return rows.sort((a, b) => (a.partitionKey + a.rowKey).localeCompare(b.partitionKey + b.rowKey));
}

test('restore_AfterExportAndDrop_GivesBackEveryEntityWithItsTypes', async () => {
  // Arrange
  const mesas = table('rt1mesas');
  await mesas.createTable();
  await mesas.upsertEntity({
    partitionKey: 'resiliencia', rowKey: 'acuerdo-0001', texto: 'Publicar el acta «hoy» ñandú', numero: 7,
    grande: { value: '9007199254740993', type: 'Int64' }, avance: 0.25, cerrado: false,
    vence: new Date('2026-12-15T03:00:00Z'), id: { value: '6f1c2b3a-1111-4222-8333-444455556666', type: 'Guid' },
    datos: new Uint8Array([0, 1, 254, 255]),
  });
  const tareas = table('rt1tareas');
  await tareas.createTable();
  const rows = Array.from({ length: 250 }, (_, i) => ['upsert', { partitionKey: 'p1', rowKey: `t${String(i).padStart(4, '0')}`, n: i }]);
  for (let i = 0; i < rows.length; i += 100) await tareas.submitTransaction(rows.slice(i, i + 100));
  await table('otra').createTable(); // another prefix: not part of this backup
  const expected = { mesas: await readAll('rt1mesas'), tareas: await readAll('rt1tareas') };

  // Act
  const folder = await main(['export', '--connection-string', connectionString, '--prefix', 'rt1']);
  await mesas.deleteTable();
  await tareas.deleteTable();
  await main(['restore', '--connection-string', connectionString, '--from', folder]);

  // Assert
  assert.deepEqual(await readAll('rt1mesas'), expected.mesas);
  assert.deepEqual(await readAll('rt1tareas'), expected.tareas);
  assert.equal(expected.tareas.length, 250);
  assert.deepEqual(await main(['list', '--connection-string', connectionString]), [folder]);
});

test('restore_WithToPrefix_WritesIntoOtherTablesAndLeavesOriginalsAlone', async () => {
  // Arrange
  const source = table('rt2acuerdos');
  await source.createTable();
  await source.upsertEntity({ partitionKey: 'm', rowKey: '1', texto: 'original' });
  const folder = await main(['export', '--connection-string', connectionString, '--prefix', 'rt2']);
  await source.upsertEntity({ partitionKey: 'm', rowKey: '1', texto: 'cambiado después del respaldo' });

  // Act
  await main(['restore', '--connection-string', connectionString, '--from', folder, '--to-prefix', 'check']);

  // Assert
  assert.equal((await table('checkacuerdos').getEntity('m', '1')).texto, 'original');
  assert.equal((await source.getEntity('m', '1')).texto, 'cambiado después del respaldo');
});

'use strict';
// Backs up and restores MesaBot's tables. Azure Table Storage has no point-in-time restore, so an
// export is the backup: one NDJSON blob per table under backups/<UTC stamp>/, every property with its
// Edm type, plus _manifest.json with the entity counts. The restore upserts the entities back.
//
//   node tables-backup.js export  --account <storage account> [--prefix <table prefix>]
//   node tables-backup.js list    --account <storage account>
//   node tables-backup.js restore --account <storage account> --from <stamp> [--table <name>]... [--to-prefix <p>]
//
// --account signs in with Entra ID (DefaultAzureCredential: `az login`, a managed identity or a
// pipeline's workload identity); the signed-in principal needs Storage Table Data Contributor and
// Storage Blob Data Contributor. --connection-string replaces --account (Azurite, tests).
const { TableClient, TableServiceClient } = require('@azure/data-tables');
const { BlobServiceClient } = require('@azure/storage-blob');
const { DefaultAzureCredential } = require('@azure/identity');

const CONTAINER = 'backups';
const BATCH_SIZE = 100; // Table Storage transactions: at most 100 operations, one partition.
const BATCH_BYTES = 3 * 1024 * 1024; // and at most 4 MiB of payload; keep a margin.
const SYSTEM_PROPERTIES = new Set(['etag', 'timestamp', 'odata.etag', 'odata.metadata']);

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const options = { command, tables: [] };
  for (let i = 0; i < rest.length; i += 2) {
    const [key, value] = [rest[i], rest[i + 1]];
    if (!key.startsWith('--') || value === undefined) throw new Error(`expected --option value, got "${key}"`);
    if (key === '--table') options.tables.push(value);
    else options[key.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = value;
  }
  if (!options.account && !options.connectionString) throw new Error('give --account <name> or --connection-string <cs>');
  return options;
}

function clients(options) {
  if (options.connectionString) {
    const insecure = { allowInsecureConnection: /^DefaultEndpointsProtocol=http;/i.test(options.connectionString) };
    return {
      tables: TableServiceClient.fromConnectionString(options.connectionString, insecure),
      table: (name) => TableClient.fromConnectionString(options.connectionString, name, insecure),
      blobs: BlobServiceClient.fromConnectionString(options.connectionString),
    };
  }
  const credential = new DefaultAzureCredential();
  const tableUrl = `https://${options.account}.table.core.windows.net`;
  return {
    tables: new TableServiceClient(tableUrl, credential),
    table: (name) => new TableClient(tableUrl, name, credential),
    blobs: new BlobServiceClient(`https://${options.account}.blob.core.windows.net`, credential),
  };
}

/** One entity as a line: keys plain, every other property { value, type } exactly as stored. */
function toLine(entity) {
  const record = { PartitionKey: entity.partitionKey, RowKey: entity.rowKey, properties: {} };
  for (const [name, property] of Object.entries(entity)) {
    if (name === 'partitionKey' || name === 'rowKey' || SYSTEM_PROPERTIES.has(name)) continue;
    record.properties[name] = property;
  }
  return JSON.stringify(record);
}

function fromLine(line) {
  const record = JSON.parse(line);
  return { partitionKey: record.PartitionKey, rowKey: record.RowKey, ...record.properties };
}

function stamp(date) {
  return date.toISOString().replace(/[-:.]/g, ''); // 20261125T093000123Z: sorts by time
}

async function exportTables(options) {
  const c = clients(options);
  const container = c.blobs.getContainerClient(options.container || CONTAINER);
  await container.createIfNotExists();
  const folder = stamp(new Date());
  if (await container.getBlockBlobClient(`${folder}/_manifest.json`).exists()) throw new Error(`backup ${folder} already exists`);
  const manifest = { createdAt: new Date().toISOString(), prefix: options.prefix || '', tables: {} };
  for await (const table of c.tables.listTables()) {
    if (options.prefix && !table.name.startsWith(options.prefix)) continue;
    const lines = [];
    for await (const entity of c.table(table.name).listEntities({ disableTypeConversion: true })) lines.push(toLine(entity));
    const body = lines.join('\n') + (lines.length ? '\n' : '');
    await container.getBlockBlobClient(`${folder}/${table.name}.ndjson`).upload(body, Buffer.byteLength(body));
    manifest.tables[table.name] = lines.length;
    console.log(`exported ${table.name}: ${lines.length} entities`);
  }
  const text = JSON.stringify(manifest, null, 2);
  await container.getBlockBlobClient(`${folder}/_manifest.json`).upload(text, Buffer.byteLength(text));
  console.log(`backup ${folder}: ${Object.keys(manifest.tables).length} tables in container ${container.containerName}`);
  return folder;
}

async function listBackups(options) {
  const container = clients(options).blobs.getContainerClient(options.container || CONTAINER);
  const folders = [];
  for await (const blob of container.listBlobsFlat()) {
    if (blob.name.endsWith('/_manifest.json')) folders.push(blob.name.split('/')[0]);
  }
  for (const folder of folders.sort()) console.log(folder);
  return folders;
}

async function readBlob(container, name) {
  return (await container.getBlockBlobClient(name).downloadToBuffer()).toString('utf8');
}

async function restoreTable(client, entities) {
  const byPartition = new Map();
  for (const entity of entities) {
    if (!byPartition.has(entity.partitionKey)) byPartition.set(entity.partitionKey, []);
    byPartition.get(entity.partitionKey).push(entity);
  }
  for (const partition of byPartition.values()) {
    let batch = [];
    let bytes = 0;
    for (const entity of partition) {
      const size = Buffer.byteLength(JSON.stringify(entity));
      if (batch.length === BATCH_SIZE || (batch.length > 0 && bytes + size > BATCH_BYTES)) {
        await client.submitTransaction(batch);
        batch = [];
        bytes = 0;
      }
      batch.push(['upsert', entity, 'Replace']);
      bytes += size;
    }
    if (batch.length > 0) await client.submitTransaction(batch);
  }
}

async function restoreTables(options) {
  if (!options.from) throw new Error('give --from <backup stamp> (see the list command)');
  const c = clients(options);
  const container = c.blobs.getContainerClient(options.container || CONTAINER);
  const manifest = JSON.parse(await readBlob(container, `${options.from}/_manifest.json`));
  const names = options.tables.length ? options.tables : Object.keys(manifest.tables);
  for (const name of names) {
    if (!(name in manifest.tables)) throw new Error(`backup ${options.from} has no table ${name}`);
    const text = await readBlob(container, `${options.from}/${name}.ndjson`);
    const entities = text.split('\n').filter((line) => line.length > 0).map(fromLine);
    if (entities.length !== manifest.tables[name]) {
      throw new Error(`${name}: the backup holds ${entities.length} entities, its manifest says ${manifest.tables[name]}`);
    }
    // --to-prefix restores into differently named tables (e.g. to compare before overwriting).
    const target = options.toPrefix !== undefined ? options.toPrefix + name.slice((manifest.prefix || '').length) : name;
    const client = c.table(target);
    await client.createTable(); // no error when it exists
    await restoreTable(client, entities);
    console.log(`restored ${name} → ${target}: ${entities.length} entities`);
  }
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.command === 'export') return exportTables(options);
  if (options.command === 'list') return listBackups(options);
  if (options.command === 'restore') return restoreTables(options);
  throw new Error(`unknown command "${options.command}": export, list or restore`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`FAILED: ${e.message}`);
    process.exit(1);
  });
}

module.exports = { main, toLine, fromLine };

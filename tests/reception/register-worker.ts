// Registers requests from a separate process on the same SQLite file, so
// two connections really write at once. Reads its settings from argv,
// prints `ready`, waits for a line on stdin, then prints the codes as JSON.

import { createInterface } from 'node:readline';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { ApiClient } from '../../src/demo/api-client.ts';
import { requestBody } from './reception-lab.ts';

const [databaseFile, dataDir, token, customerId, count] = process.argv.slice(2);
const db = openDatabase(databaseFile!);
const app = await buildApp({ config: { ...loadConfig({ JITU_DATA_DIR: dataDir }, dataDir), databaseFile: databaseFile!, clock: () => new Date('2026-12-02T02:00:00Z') }, db });
await app.ready();
const client = new ApiClient(app, token!);
process.stdout.write('ready\n');
await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));

const codes: string[] = [];
for (let i = 0; i < Number(count); i += 1) {
  const registered = await client.request('POST', '/api/requests', requestBody(Number(customerId)));
  codes.push(registered.samples[0].code);
}
process.stdout.write(`${JSON.stringify(codes)}\n`);
await app.close();
await db.destroy();
process.exit(0);

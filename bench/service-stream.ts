// Service stream benchmark: N simulated balances at R lines/s each, read by
// the running service itself (instrument links, raw chunk and measurement
// storage in SQLite, live hub) and delivered to bench terminals subscribed
// over @fastify/websocket. Latency runs from the arrival of the chunk that
// completed a line (the stored `receivedAt`) to receipt by a subscriber,
// both in this process, to the millisecond. Beside it, in the same run, the
// same lines go through the instrument links alone to a plain ws fan-out,
// without storage, so the ratio shows what storing costs.
// Usage: npx tsx bench/service-stream.ts [--instruments 50] [--rate 10] [--seconds 20]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { buildApp } from '../src/app.ts';
import { openSession } from '../src/auth/sessions.ts';
import { createUser } from '../src/auth/users.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { consumeWithLinks } from './drivers-stream-consumers.ts';
import { startFanout } from './drivers-stream-fanout.ts';
import { freePorts, startSources, stopProcess } from './drivers-stream-setup.ts';
import { percentile, sleep } from './stream-stats.ts';

const { values } = parseArgs({
  options: {
    instruments: { type: 'string', default: '50' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
  },
});
const instruments = Number(values.instruments);
const rateHz = Number(values.rate);
const seconds = Number(values.seconds);
const WARMUP_MS = 3000;


async function measure(takeLatencies: () => number[]) {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let rssPeak = 0;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 250);
  await sleep(seconds * 1000);
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - wallStart;
  const latencies = takeLatencies().sort((a, b) => a - b);
  return {
    linesPerSecond: latencies.length / (wallMs / 1000),
    medianMs: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? NaN,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    rssPeakMb: rssPeak / 2 ** 20,
  };
}

/** Measures the whole service: links, storage and live hub, with one websocket subscriber per instrument. */
async function runService() {
  const dir = mkdtempSync(join(tmpdir(), 'jitu-bench-service-'));
  const db = openDatabase(join(dir, 'jitu.sqlite'));
  await migrateToLatest(db);
  const analyst = await createUser(db, { username: 'bench', fullName: 'Bench Analyst', password: 'bench-password-1', roles: ['analyst'] }, null);
  const { token } = await openSession(db, analyst.id);

  const targets = (await freePorts(instruments)).map((port) => `tcp://127.0.0.1:${port}`);
  const ids: number[] = [];
  for (const [index, port] of targets.entries()) {
    const row = await db
      .insertInto('instruments')
      .values({ code: `NRC-B${index}`, name: 'Bench balance', driver: 'mettler-sics', port, status: 'in_service', maker: null, model: null, serial_number: null, location: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }

  const app = await buildApp({ config: { ...loadConfig({ JITU_DATA_DIR: dir }, dir), databaseFile: join(dir, 'jitu.sqlite') }, db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const latencies: number[] = [];
  let recording = false;
  const sockets = await Promise.all(ids.map((id) => subscribe(port, id, token, (ms) => recording && latencies.push(ms))));
  const sources = await startSources(rateHz, targets);
  await app.instrumentLinks.startAll();

  await sleep(WARMUP_MS);
  recording = true;
  const result = await measure(() => latencies.splice(0));
  recording = false;

  for (const socket of sockets) socket.close();
  await stopProcess(sources);
  await app.close();
  await db.destroy();
  return result;
}

function subscribe(port: number, instrumentId: number, token: string, onLatency: (ms: number) => void): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/api/instruments/${instrumentId}/live`, { headers: { authorization: `Bearer ${token}` } });
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; receivedAt?: string };
    if (message.type === 'measurement' && message.receivedAt) onLatency(Date.now() - Date.parse(message.receivedAt));
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Measures the instrument links alone, forwarding to one plain ws subscriber, without storage. */
async function runLinksOnly() {
  const fanout = await startFanout(1);
  const targets = (await freePorts(instruments)).map((port) => `tcp://127.0.0.1:${port}`);
  const sources = await startSources(rateHz, targets);
  const consumer = consumeWithLinks(targets, fanout.broadcast);
  await sleep(WARMUP_MS);
  fanout.record(true);
  const result = await measure(() => fanout.takeLatencies());
  fanout.record(false);
  await consumer.close();
  await stopProcess(sources);
  await fanout.close();
  return result;
}

console.log(`instruments=${instruments} rate=${rateHz}/s seconds=${seconds}`);
console.log('| pipeline | lines/s | median ms | p99 ms | max ms | CPU % of one core | RSS peak MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, run] of [['service (links + SQLite + live hub + websocket)', runService], ['links only + ws', runLinksOnly]] as const) {
  const r = await run();
  console.log(`| ${name} | ${r.linesPerSecond.toFixed(0)} | ${r.medianMs.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.maxMs.toFixed(2)} | ${r.cpuPercent.toFixed(1)} | ${r.rssPeakMb.toFixed(0)} |`);
}
process.exit(0);

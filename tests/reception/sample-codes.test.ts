import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildReceptionLab, requestBody, type ReceptionLab } from './reception-lab.ts';

const WORKER = fileURLToPath(new URL('./register-worker.ts', import.meta.url));

let t: ReceptionLab;

beforeEach(async () => {
  t = await buildReceptionLab();
});

afterEach(async () => {
  await t.close();
});

const sequenceOf = (code: string) => Number(code.split('-').at(-1));

function expectUniqueAndGapless(codes: string[]) {
  expect(new Set(codes).size).toBe(codes.length);
  const sequences = codes.map(sequenceOf).sort((a, b) => a - b);
  expect(sequences).toEqual(Array.from({ length: codes.length }, (_, i) => i + 1));
}

describe('sample codes', () => {
  it('follows the default scheme', async () => {
    const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId, [{}, { commodity: 'leather', methods: ['leather-ph'] }]));
    expect(registered.samples.map((s: { code: string }) => s.code)).toEqual(['JU-2026-SP-00001', 'JU-2026-KL-00002']);
  });

  it('follows a scheme the admin sets', async () => {
    const saved = await t.admin.request('POST', '/api/reception/settings', { sampleCodePattern: 'BPIPI/{yy}/{commodity}/{seq:4}' });
    expect(saved.sampleCodePattern).toBe('BPIPI/{yy}/{commodity}/{seq:4}');
    const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    expect(registered.samples[0].code).toBe('BPIPI/26/SP/0001');
  });

  it('rejects a scheme without a sequence', async () => {
    const response = await t.admin.send('POST', '/api/reception/settings', { sampleCodePattern: 'JU-{year}-{commodity}' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('{seq}');
  });

  it('stays unique under 50 concurrent registrations', async () => {
    const bodies = Array.from({ length: 50 }, () => requestBody(t.lab.customerId));
    const responses = await Promise.all(bodies.map((body) => t.clients.receiver.send('POST', '/api/requests', body)));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const codes = responses.map((r) => (r.body as { samples: { code: string }[] }).samples[0]!.code);
    expectUniqueAndGapless(codes);
  });

  it('stays unique across two processes on one file', async () => {
    const worker = spawn(process.execPath, ['--import', 'tsx', WORKER, t.databaseFile, t.config.dataDir, t.clients.receiver.token!, String(t.lab.customerId), '25'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: worker.stdout! });
    const output: string[] = [];
    const finished = new Promise<void>((resolve) => lines.on('close', resolve));
    const ready = new Promise<void>((resolve) => lines.on('line', (line) => (line === 'ready' ? resolve() : output.push(line))));
    await ready;
    worker.stdin!.write('go\n');
    const localCodes: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const registered = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
      localCodes.push(registered.samples[0].code);
    }
    await finished;
    const workerCodes = JSON.parse(output.at(-1)!) as string[];
    expect(workerCodes).toHaveLength(25);
    expectUniqueAndGapless([...localCodes, ...workerCodes]);
    const stored = await t.db.selectFrom('samples').select('code').execute();
    expect(stored).toHaveLength(50);
  });

  it('never reuses a code after a failed registration', async () => {
    await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    const failed = await t.clients.receiver.send('POST', '/api/requests', { ...requestBody(t.lab.customerId), customer: { id: 9999 } });
    expect(failed.status).toBe(404);
    const next = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
    const stored = await t.db.selectFrom('samples').select('code').execute();
    expect(stored.map((row) => row.code)).toEqual(['JU-2026-SP-00001', next.samples[0].code]);
    expect(next.samples[0].code).toBe('JU-2026-SP-00002');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import { openPtyPair, type PtyPair } from '../drivers/helpers/socat-pair.ts';
import { logCapture, scriptedValues, stableLine, startBenchGateway, tempBufferDir, type BenchGateway } from './helpers/bench.ts';
import { issueKey, startRestartableService, waitUntil, type RestartableService } from './helpers/service.ts';

let service: RestartableService | undefined;
let pair: PtyPair | undefined;
let simulator: SimulatorHandle | undefined;
const gateways: BenchGateway[] = [];

afterEach(async () => {
  for (const gateway of gateways.splice(0)) await gateway.handle.close();
  await simulator?.stop();
  simulator = undefined;
  await pair?.unplug();
  await service?.close();
});

async function stableValues(): Promise<string[]> {
  const rows = await service!.db().selectFrom('measurements').select('value').where('instrument_id', '=', service!.lab.balanceId).where('stable', '=', 1).orderBy('id').execute();
  return rows.map((row) => row.value ?? '');
}

async function measurementCount(): Promise<number> {
  const row = await service!.db().selectFrom('measurements').select((eb) => eb.fn.countAll<number>().as('n')).where('instrument_id', '=', service!.lab.balanceId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Reads every raw byte the service stored from gateways, in the order stored. */
async function storedBytes(): Promise<string> {
  const rows = await service!.db().selectFrom('raw_chunks').select('bytes').where('source', 'like', 'gw:%').orderBy('id').execute();
  return Buffer.concat(rows.map((row) => row.bytes)).toString('latin1');
}

function simulate(to: string, values: string[]): Promise<SimulatorHandle> {
  return startSimulator({ driver: 'mettler-sics', to, rateHz: 40, script: { readings: values.map((value) => ({ value })), dynamicBefore: 1 } });
}

describe('gateway forwarding a SICS balance', () => {
  it('stores every line once across a service restart', async () => {
    service = await startRestartableService();
    pair = await openPtyPair();
    const key = await issueKey(service, ['NRC-01']);
    const log = logCapture();
    const gateway = startBenchGateway({ service: service.url, port: pair.b, key, bufferDir: tempBufferDir(), log: log.logger });
    gateways.push(gateway);
    await waitUntil(() => gateway.handle.uplinkState() === 'open', 'gateway connected');
    const values = scriptedValues(60);
    simulator = await simulate(pair.a, values);

    await waitUntil(async () => (await stableValues()).length >= 8, 'eight stable readings stored');
    await service.stop();
    await waitUntil(() => gateway.handle.pending() >= 10, 'chunks buffered while the service is down');
    await service.start();
    await waitUntil(() => stableLine(values.at(-1)!).test(gateway.seen()), 'last line read by the gateway');
    await waitUntil(async () => gateway.handle.pending() === 0 && (await storedBytes()).length >= gateway.seen().length, 'every byte read stored');

    expect(await stableValues()).toEqual(values);
    expect(await measurementCount()).toBe(values.length * 2);
    expect(await storedBytes()).toBe(gateway.seen());
    expect(log.text()).toContain('service out of reach; buffering on disk');
    expect(log.text()).not.toContain(key);
  });

  it('stores every line once across a gateway restart', async () => {
    service = await startRestartableService();
    pair = await openPtyPair();
    const key = await issueKey(service, ['NRC-01']);
    const bufferDir = tempBufferDir();
    const first = startBenchGateway({ service: service.url, port: pair.b, key, bufferDir });
    gateways.push(first);
    await waitUntil(() => first.handle.uplinkState() === 'open', 'gateway connected');
    const before = scriptedValues(30);
    simulator = await simulate(pair.a, before);

    await waitUntil(async () => (await stableValues()).length >= 5, 'five stable readings stored');
    await service.stop();
    await waitUntil(() => stableLine(before.at(-1)!).test(first.seen()), 'first script read by the gateway');
    const buffered = first.handle.pending();
    await first.handle.close();
    await simulator.stop();

    // A serial line keeps no bytes for a closed port, so the balance sends
    // its next readings only once the new gateway has the port open.
    const second = startBenchGateway({ service: service.url, port: pair.b, key, bufferDir });
    gateways.push(second);
    expect(buffered).toBeGreaterThan(0);
    expect(second.handle.pending()).toBeGreaterThanOrEqual(buffered);
    const after = scriptedValues(30, 31);
    await waitUntil(() => second.handle.portState() === 'open', 'port opened by the new gateway');
    simulator = await simulate(pair.a, after);
    await waitUntil(() => stableLine(after.at(-1)!).test(second.seen()), 'second script read by the gateway');
    await service.start();
    await waitUntil(async () => second.handle.pending() === 0 && (await storedBytes()).length >= first.seen().length + second.seen().length, 'every byte read stored');

    expect(await stableValues()).toEqual([...before, ...after]);
    expect(await measurementCount()).toBe((before.length + after.length) * 2);
    expect(await storedBytes()).toBe(first.seen() + second.seen());
  });
});

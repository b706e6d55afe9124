import { afterEach, describe, expect, it } from 'vitest';
import { getDriver } from '../../drivers/index.ts';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import { openInstrumentLink, type InstrumentLink } from '../../drivers/transport/instrument-link.ts';
import { freePort } from './helpers/free-port.ts';
import { recordLink } from './helpers/link-recorder.ts';
import { openPtyPair, waitFor, type PtyPair } from './helpers/socat-pair.ts';

let simulator: SimulatorHandle | undefined;
let link: InstrumentLink | undefined;
let pair: PtyPair | undefined;

afterEach(async () => {
  link?.close();
  await simulator?.stop();
  await pair?.unplug();
});

const sics = getDriver('mettler-sics')!;

describe('mettler-sics simulator', () => {
  it('sends a script with settling readings over TCP', async () => {
    const port = await freePort();
    const script = { readings: [{ value: '2.4536' }, { value: '2.3107' }], dynamicBefore: 2 };
    simulator = await startSimulator({ driver: 'mettler-sics', to: `tcp://127.0.0.1:${port}`, rateHz: 50, script });
    const record = recordLink();
    link = openInstrumentLink({ driver: sics, target: `tcp://127.0.0.1:${port}`, ...record });
    await waitFor(() => record.values().length >= 6, 'six readings');

    const measurements = record.lines.flatMap(({ outcome }) => (outcome.kind === 'measurement' ? [outcome.measurement] : []));
    expect(measurements.map((m) => m.stable)).toEqual([false, false, true, false, false, true]);
    expect(measurements.filter((m) => m.stable).map((m) => m.value)).toEqual(['2.4536', '2.3107']);
    expect(measurements.every((m) => m.unit === 'g')).toBe(true);
  });

  it('answers commands written to it', async () => {
    const port = await freePort();
    simulator = await startSimulator({ driver: 'mettler-sics', to: `tcp://127.0.0.1:${port}`, rateHz: 0 });
    const record = recordLink();
    link = openInstrumentLink({ driver: sics, target: `tcp://127.0.0.1:${port}`, ...record });
    await waitFor(() => record.opened() === 1, 'connection');
    for (const command of ['@', 'Z', 'SI', 'XYZ']) link.write(`${command}\r\n`);
    await waitFor(() => record.lines.length === 4, 'four replies');

    const [serial, zero, weight, error] = record.lines.map(({ outcome }) => outcome);
    expect(serial).toMatchObject({ kind: 'event', event: 'identification' });
    expect(zero).toMatchObject({ kind: 'event', event: 'zero' });
    expect(weight?.kind).toBe('measurement');
    expect(error).toMatchObject({ kind: 'event', event: 'error', detail: { code: 'ES' } });
  });

  it('streams into a pseudo-terminal', async () => {
    pair = await openPtyPair();
    simulator = await startSimulator({ driver: 'mettler-sics', to: pair.a, rateHz: 50, seed: 7 });
    const record = recordLink();
    link = openInstrumentLink({ driver: sics, target: pair.b, ...record });
    await waitFor(() => record.lines.length >= 20, 'twenty lines');

    const kinds = new Set(record.lines.map(({ outcome }) => outcome.kind));
    expect(kinds.has('unrecognised')).toBe(false);
    expect(record.values().length).toBeGreaterThan(10);
  });

  it('rejects an unknown driver', async () => {
    await expect(startSimulator({ driver: 'nope', to: 'tcp://127.0.0.1:1' })).rejects.toThrow(/jitu drivers/);
  });
});

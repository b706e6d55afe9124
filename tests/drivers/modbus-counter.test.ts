import { afterEach, describe, expect, it } from 'vitest';
import { formatCounterLine, parseCounterLine } from '../../drivers/modbus/modbus-counter-driver.ts';
import { startModbusCounter } from '../../drivers/modbus/modbus-counter-reader.ts';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import type { Measurement } from '../../drivers/types.ts';
import { freePort } from './helpers/free-port.ts';
import { openPtyPair, waitFor, type PtyPair } from './helpers/socat-pair.ts';

let simulator: SimulatorHandle | undefined;
let reader: { close(): void } | undefined;
let pair: PtyPair | undefined;

afterEach(async () => {
  reader?.close();
  await simulator?.stop();
  await pair?.unplug();
});

/** Starts a counter reader that collects the measurements it reports. */
function readCounter(target: string) {
  const readings: Measurement[] = [];
  reader = startModbusCounter({
    target,
    intervalMs: 30,
    onLine: (outcome) => {
      if (outcome.kind === 'measurement') readings.push(outcome.measurement);
    },
  });
  return readings;
}

describe('modbus counter', () => {
  it('formats and parses two registers', () => {
    const line = formatCounterLine(1, 0, [0x0001, 0x86a0], 'ST01');
    expect(line).toBe('unit=1 register=0 words=0001 86A0 channel=ST01');
    expect(parseCounterLine(line)).toMatchObject({ kind: 'measurement', measurement: { value: '100000', channel: 'ST01' } });
  });

  it('rejects malformed lines', () => {
    expect(parseCounterLine('unit=1 register=0 words=XYZ1').kind).toBe('unrecognised');
  });

  it('reads rising counts from the simulator', async () => {
    const port = await freePort();
    simulator = await startSimulator({ driver: 'modbus-counter', to: `tcp://127.0.0.1:${port}`, rateHz: 50 });
    const readings = readCounter(`tcp://127.0.0.1:${port}`);
    await waitFor(() => readings.length >= 3, 'three counter readings');

    const counts = readings.map((reading) => Number(reading.value));
    expect(counts[1]).toBeGreaterThan(counts[0]!);
    expect(counts[2]).toBeGreaterThan(counts[1]!);
    expect(readings[0]?.raw).toMatch(/^unit=1 register=0 words=[0-9A-F]{4} [0-9A-F]{4}$/);
  });

  it('reads counts over Modbus RTU on a pseudo-terminal', async () => {
    pair = await openPtyPair();
    simulator = await startSimulator({ driver: 'modbus-counter', to: pair.a, rateHz: 50 });
    const readings = readCounter(`serial:${pair.b}`);
    await waitFor(() => readings.length >= 2, 'two counter readings');

    const counts = readings.map((reading) => Number(reading.value));
    expect(counts[1]).toBeGreaterThan(counts[0]!);
  });

  it('reports down and retries when no server listens', async () => {
    const port = await freePort();
    const states: string[] = [];
    reader = startModbusCounter({
      target: `tcp://127.0.0.1:${port}`,
      backoff: { initialMs: 10, maxMs: 20 },
      onState: (state) => states.push(state.state),
    });
    await waitFor(() => states.filter((state) => state === 'down').length >= 2, 'two failures');
    expect(states.slice(0, 2)).toEqual(['connecting', 'down']);
  });
});

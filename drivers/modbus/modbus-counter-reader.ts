import ModbusRTU from 'modbus-serial';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from '../transport/backoff.ts';
import type { LinkState } from '../transport/link-types.ts';
import { formatTarget, parseTarget } from '../transport/target.ts';
import type { LineOutcome, SerialSettings } from '../types.ts';
import { formatCounterLine, modbusCounter, parseCounterLine } from './modbus-counter-driver.ts';

export interface ModbusCounterOptions {
  /** `serial:/dev/ttyUSB0` for Modbus RTU or `tcp://HOST:PORT` for Modbus TCP. */
  target: string;
  /** Modbus unit (slave) id, default 1. */
  unitId?: number;
  /** First holding register of the count, default 0. */
  register?: number;
  /** Registers making up the count, high word first: 1 or 2 (default 2). */
  words?: 1 | 2;
  /** Polling interval in milliseconds, default 1000. */
  intervalMs?: number;
  channel?: string;
  settings?: Partial<SerialSettings>;
  backoff?: Partial<BackoffOptions>;
  /** Called with each reading whose registers changed, and with the first one. */
  onLine?(outcome: LineOutcome, raw: string): void;
  onState?(state: LinkState): void;
}

/** Polls a Modbus counter and reports changed counts; reconnects with backoff. */
export function startModbusCounter(options: ModbusCounterOptions): { close(): void } {
  const target = parseTarget(options.target);
  const name = formatTarget(target);
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const unitId = options.unitId ?? 1;
  const register = options.register ?? 0;
  const client = new ModbusRTU();
  let closed = false;
  let attempt = 0;
  let last: string | undefined;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    attempt++;
    options.onState?.({ state: 'connecting', target: name, attempt });
    if (target.kind === 'tcp') await client.connectTCP(target.host, { port: target.port });
    else await client.connectRTUBuffered(target.path, rtuOptions(options.settings));
    client.setID(unitId);
    client.setTimeout(2000);
    attempt = 0;
    options.onState?.({ state: 'open', target: name, connection: 1 });
  };

  const poll = async () => {
    const { data } = await client.readHoldingRegisters(register, options.words ?? 2);
    const raw = formatCounterLine(unitId, register, data, options.channel);
    if (raw !== last) options.onLine?.(parseCounterLine(raw), raw);
    last = raw;
  };

  const loop = async () => {
    if (closed) return;
    try {
      if (!client.isOpen) await connect();
      await poll();
      timer = setTimeout(() => void loop(), options.intervalMs ?? 1000);
    } catch (error) {
      if (closed) return;
      client.close(() => {});
      const retryInMs = backoffDelay(Math.max(attempt, 1), backoff);
      options.onState?.({ state: 'down', target: name, reason: (error as Error).message, retryInMs });
      timer = setTimeout(() => void loop(), retryInMs);
    }
  };

  void loop();
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      client.close(() => {});
      options.onState?.({ state: 'closed', target: name });
    },
  };
}

function rtuOptions(overrides: Partial<SerialSettings> | undefined) {
  const settings = { ...modbusCounter.serial, ...overrides };
  return {
    baudRate: settings.baudRate,
    dataBits: settings.dataBits,
    parity: settings.parity,
    stopBits: settings.stopBits,
  };
}

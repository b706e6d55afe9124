// Counters read over Modbus (RTU on a serial line, or TCP): a flexing machine
// or Martindale whose only output is a cycle counter in a PLC or counter
// module. The reader polls holding registers and records each reading as a
// text line, so raw data is kept and replayable like any serial stream:
//   unit=1 register=0 words=0001 86A0 [channel=ST01]
// Words are 16-bit registers in hexadecimal, high word first: this line is a
// count of 0x000186A0 = 100000 cycles.
import { measured, unrecognised } from '../outcomes.ts';
import type { Driver, LineOutcome } from '../types.ts';

const ID = 'modbus-counter';
const LINE = /^unit=(\d{1,3})\s+register=(\d{1,5})\s+words=((?:[0-9A-Fa-f]{4}\s?){1,4})(?:\s+channel=(\S+))?$/;

/** Formats one register read as the raw line the driver parses. */
export function formatCounterLine(unit: number, register: number, words: number[], channel?: string): string {
  const hex = words.map((word) => word.toString(16).toUpperCase().padStart(4, '0')).join(' ');
  const suffix = channel ? ` channel=${channel}` : '';
  return `unit=${unit} register=${register} words=${hex}${suffix}`;
}

export function parseCounterLine(line: string): LineOutcome {
  const match = LINE.exec(line.trim());
  if (!match) return unrecognised('not a Modbus counter line (unit=N register=N words=HHHH ...)', line);
  const [, , , words, channel] = match;
  const count = words!
    .trim()
    .split(/\s+/)
    .reduce((total, word) => total * 65536n + BigInt(parseInt(word, 16)), 0n);
  return measured({
    driver: ID,
    quantity: 'cycles',
    value: count.toString(),
    unit: 'cycles',
    stable: true,
    status: 'ok',
    raw: line,
    ...(channel ? { channel } : {}),
  });
}

export const modbusCounter: Driver = {
  id: ID,
  description: 'Cycle or rub counter read from Modbus holding registers (RTU or TCP)',
  serial: {
    baudRate: 9600,
    dataBits: 8,
    parity: 'even',
    stopBits: 1,
    flowControl: 'none',
    delimiter: '\n',
    encoding: 'ascii',
  },
  parseLine: parseCounterLine,
};

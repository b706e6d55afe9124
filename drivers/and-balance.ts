// A&D balances (GF, GX, FX-i families), standard A&D output format.
//
// 15 characters before CR LF: a 2-character header, a comma, the value
// zero-padded with its sign (9 characters), and a 3-character unit field,
// e.g. `ST,+00123.45  g`. Headers: `ST` stable, `US` unstable, `QT` counting,
// `OL` overload (a minus sign marks underload), and `WT` in the DP
// format. Ports range over 600-19200 baud with 7E, 7O or 8N; the FX-i driver
// default is 2400 baud 7E1, which this driver uses. No checksum.
// Sources: A&D GF-2002A and GX-300 instruction manuals (output format pages)
// and the oscarbranson/AnD_balance driver for the FX-i defaults.
import { measured, unrecognised } from './outcomes.ts';
import type { Driver, LineOutcome } from './types.ts';

const ID = 'and-balance';
const LINE = /^(ST|US|QT|OL|WT)\s*,\s*(\S*)\s*(\S*)$/;
const VALUE = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Parses one A&D standard-format line. */
export function parseAndLine(line: string): LineOutcome {
  const match = LINE.exec(line.trim());
  if (!match) return unrecognised('not an A&D standard-format line (ST, US, QT, OL or WT header)', line);
  const [, header, value = '', unit] = match;
  if (header === 'OL') {
    const status = value.startsWith('-') ? 'underload' : 'overload';
    return measured({ driver: ID, quantity: 'mass', value: null, unit: null, stable: false, status, raw: line });
  }
  if (!VALUE.test(value)) return unrecognised(`invalid value "${value}" in A&D line`, line);
  return measured({
    driver: ID,
    quantity: header === 'QT' ? 'count' : 'mass',
    value,
    unit: unit || null,
    stable: header !== 'US',
    status: 'ok',
    raw: line,
  });
}

export const andBalance: Driver = {
  id: ID,
  description: 'A&D balance (GF, GX, FX-i), standard A&D output format',
  serial: {
    baudRate: 2400,
    dataBits: 7,
    parity: 'even',
    stopBits: 1,
    flowControl: 'none',
    delimiter: '\r\n',
    encoding: 'ascii',
  },
  parseLine: parseAndLine,
};

// Sartorius balances, SBI print format.
//
// 16-character lines: sign (`+`, `-` or space), a space, the value right
// aligned in 8 characters, a space, a unit of up to 3 characters, then CR LF.
// The 22-character format adds a 6-character identifier in front, e.g. `N`
// for net or `Qnt` for a count. A line with an empty unit field is a reading
// that is not yet stable. Special lines: `High` overload, `Low` underload,
// `Stat ...` status (e.g. internal calibration running), `Err ###` and
// `Stat ERR ###` errors. No checksum.
// Legacy CP models default to 1200 baud, 7 data bits, odd parity, 1 stop bit,
// hardware handshake; Cubis II and Entris II ship at 9600 baud.
// Source: the SBI data-output documentation of the sartoriuslib project
// (GraysonBellamy/sartoriuslib, docs/sbi_data_output.md) and the CP323S manual.
// The value is kept as sent with the padding removed: `+    123.56` -> `+123.56`.
import { event, measured, unrecognised } from './outcomes.ts';
import type { Driver, LineOutcome } from './types.ts';

const ID = 'sartorius-sbi';
const READING = /^(?:([A-Za-z][A-Za-z0-9.]*)\s+)?([+-])?\s*(\d+(?:\.\d*)?|\.\d+)(?:\s+([^\s\d][^\s]{0,3}))?$/;
const ERROR = /^(?:Stat\s+)?ERR\s*(\d+)$/i;

/** Parses one SBI line. */
export function parseSbiLine(line: string): LineOutcome {
  const text = line.trim();
  if (text === 'High') return limit('overload', line);
  if (text === 'Low') return limit('underload', line);
  const error = ERROR.exec(text);
  if (error) return event('error', line, { code: error[1]! });
  if (/^Stat\b/.test(text)) return event('status', line, { status: text.replace(/^Stat\s*/, '') });
  const reading = READING.exec(text);
  if (!reading) return unrecognised('not an SBI weight, status or error line', line);
  const [, identifier, sign, digits, unit] = reading;
  const counting = unit === 'pcs' || identifier === 'Qnt';
  return measured({
    driver: ID,
    quantity: counting ? 'count' : 'mass',
    value: `${sign ?? ''}${digits}`,
    unit: unit ?? null,
    stable: unit !== undefined,
    status: 'ok',
    raw: line,
    ...(identifier ? { channel: identifier } : {}),
  });
}

function limit(status: 'overload' | 'underload', raw: string): LineOutcome {
  return measured({ driver: ID, quantity: 'mass', value: null, unit: null, stable: false, status, raw });
}

export const sartoriusSbi: Driver = {
  id: ID,
  description: 'Sartorius balance, SBI 16/22-character print format',
  serial: {
    baudRate: 1200,
    dataBits: 7,
    parity: 'odd',
    stopBits: 1,
    flowControl: 'rtscts',
    delimiter: '\r\n',
    encoding: 'ascii',
  },
  parseLine: parseSbiLine,
};

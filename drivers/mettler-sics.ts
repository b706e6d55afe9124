// Mettler Toledo MT-SICS balances (Standard Interface Command Set).
//
// Port defaults: 9600 baud, 8 data bits, no parity, 1 stop bit, no handshake,
// lines ending in CR LF, no checksum. Some units ship with Xon/Xoff.
// Replies this driver reads (fields separated by one or more spaces):
//   S S     100.00 g      stable weight (also the reply to SI, SIR, SU, SIU)
//   S D     129.07 g      dynamic weight: measurement with stable = false
//   S I                   balance busy: measurement, status error, no value
//   S + / S -             overload / underload: measurement, no value
//   ES ET EL EI           syntax, transmission, logical error, not executable
//   Z A, Z + / Z -        zero done, above / below the zero-setting range
//   ZI D / ZI S           zero done under dynamic / stable conditions
//   T S  12.00 g          tare done, with the tare weight
//   I0 .. I5 A "text"     identification; B instead of A means more follows
// Sources: the MT-SICS reply lines exercised by the test suite of the
// Atlantis-Software/mt-sics project (test/sics0Test.js) and the error codes
// listed by janelia-python/mettler_toledo_device_python and
// ricado-group/dotnet-mettlertoledo.
import { event, measured, unrecognised } from './outcomes.ts';
import type { Driver, LineOutcome, MeasurementStatus } from './types.ts';

const ID = 'mettler-sics';
const WEIGHT = /^(S|SI|SIR|SU|SIU)\s+([SD])\s+([-+]?(?:\d+\.?\d*|\.\d+))\s*(\S+)?$/;
const WEIGHT_STATUS = /^(S|SI|SIR|SU|SIU)\s+([I+-])$/;
const ZERO = /^(Z|ZI)\s+([A+\-DSI])$/;
const TARE = /^(T|TI)\s+([SD])\s+([-+]?(?:\d+\.?\d*|\.\d+))\s*(\S+)?$/;
const IDENTIFICATION = /^(I\d+)\s+([AB])(?:\s+(.*))?$/;

const ERRORS: Record<string, string> = {
  ES: 'syntax error: the balance did not recognise the command',
  ET: 'transmission error: the balance received a faulty character',
  EL: 'logical error: the command cannot be executed',
  EI: 'command not executable now',
};

const WEIGHT_STATUSES: Record<string, { status: MeasurementStatus; meaning: string }> = {
  I: { status: 'error', meaning: 'command not executable (balance busy)' },
  '+': { status: 'overload', meaning: 'overload' },
  '-': { status: 'underload', meaning: 'underload' },
};

const ZERO_RESULTS: Record<string, string> = {
  A: 'done',
  D: 'done-dynamic',
  S: 'done-stable',
  '+': 'above-range',
  '-': 'below-range',
  I: 'not-executable',
};

/** Parses one MT-SICS reply line. */
export function parseSicsLine(line: string): LineOutcome {
  const text = line.trim();
  if (text === '') return unrecognised('empty line', line);
  const error = ERRORS[text];
  if (error) return event('error', line, { code: text, meaning: error });
  return parseWeight(text, line) ?? parseOther(text, line) ?? unknownReply(text, line);
}

function parseWeight(text: string, raw: string): LineOutcome | undefined {
  const weight = WEIGHT.exec(text);
  if (weight) {
    const [, , flag, value, unit] = weight;
    const stable = flag === 'S';
    return measured({
      driver: ID, quantity: 'mass', value: value!, unit: unit ?? null, stable, status: 'ok', raw,
    });
  }
  const statusMatch = WEIGHT_STATUS.exec(text);
  if (!statusMatch) return undefined;
  const { status } = WEIGHT_STATUSES[statusMatch[2]!]!;
  return measured({
    driver: ID, quantity: 'mass', value: null, unit: null, stable: false, status, raw,
  });
}

function parseOther(text: string, raw: string): LineOutcome | undefined {
  const zero = ZERO.exec(text);
  if (zero) return event('zero', raw, { command: zero[1]!, result: ZERO_RESULTS[zero[2]!]! });
  const tare = TARE.exec(text);
  if (tare) {
    const detail = { command: tare[1]!, value: tare[3]!, unit: tare[4] ?? '', stable: String(tare[2] === 'S') };
    return event('tare', raw, detail);
  }
  const id = IDENTIFICATION.exec(text);
  if (id) {
    const detail = { command: id[1]!, value: unquote(id[3] ?? ''), more: String(id[2] === 'B') };
    return event('identification', raw, detail);
  }
  return undefined;
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1');
}

function unknownReply(text: string, raw: string): LineOutcome {
  if (/^(S|SI|SIR|SU|SIU)\b/.test(text)) {
    return unrecognised('weight reply without a valid flag, value or unit', raw);
  }
  return unrecognised('not an MT-SICS reply', raw);
}

export const mettlerSics: Driver = {
  id: ID,
  description: 'Mettler Toledo balance, MT-SICS replies (S, SI, Z, T, I0-I5)',
  serial: {
    baudRate: 9600,
    dataBits: 8,
    parity: 'none',
    stopBits: 1,
    flowControl: 'none',
    delimiter: '\r\n',
    encoding: 'ascii',
  },
  parseLine: parseSicsLine,
};

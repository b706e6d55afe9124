import { LineFramer } from './framing/line-framer.ts';
import { interpretLine } from './interpret-line.ts';
import type { Driver, LineOutcome, Measurement } from './types.ts';

type EventOutcome = Extract<LineOutcome, { kind: 'event' }>;
type UnrecognisedOutcome = Extract<LineOutcome, { kind: 'unrecognised' }>;

/** An outcome with its 1-based line number in the byte stream. */
export type Numbered<T> = T & { line: number };

export interface ParsedBytes {
  measurements: Numbered<{ measurement: Measurement }>[];
  events: Numbered<EventOutcome>[];
  unrecognised: Numbered<UnrecognisedOutcome>[];
}

export interface ParseBytesOptions {
  maxLineBytes?: number;
}

/** Parses a whole recorded byte stream with a driver. */
export function parseBytes(driver: Driver, bytes: Uint8Array, options: ParseBytesOptions = {}): ParsedBytes {
  return parseChunks(driver, [bytes], options);
}

/**
 * Parses a byte stream that arrived in chunks. An unterminated last line is
 * parsed too, because a recording may end without a terminator.
 */
export function parseChunks(
  driver: Driver,
  chunks: Iterable<Uint8Array>,
  options: ParseBytesOptions = {},
): ParsedBytes {
  const framer = new LineFramer({ encoding: driver.serial.encoding, maxLineBytes: options.maxLineBytes });
  const lines = [...chunks].flatMap((chunk) => framer.push(chunk));
  const last = framer.takePartial();
  if (last) lines.push(last);
  const result: ParsedBytes = { measurements: [], events: [], unrecognised: [] };
  for (const framed of lines) addOutcome(result, interpretLine(driver, framed), framed.number);
  return result;
}

function addOutcome(result: ParsedBytes, outcome: LineOutcome, line: number): void {
  if (outcome.kind === 'measurement') {
    result.measurements.push({ measurement: outcome.measurement, line });
  } else if (outcome.kind === 'event') {
    result.events.push({ ...outcome, line });
  } else {
    result.unrecognised.push({ ...outcome, line });
  }
}

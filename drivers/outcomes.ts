import type { LineOutcome, Measurement } from './types.ts';

/** Wraps a measurement as a line outcome. */
export function measured(measurement: Measurement): LineOutcome {
  return { kind: 'measurement', measurement };
}

export function event(name: string, raw: string, detail: Record<string, string> = {}): LineOutcome {
  return { kind: 'event', event: name, detail, raw };
}

export function unrecognised(reason: string, raw: string): LineOutcome {
  return { kind: 'unrecognised', reason, raw };
}

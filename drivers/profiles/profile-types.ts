import type { MeasurementStatus, SerialSettings } from '../types.ts';

/**
 * A rule turning matching lines into measurements. The named groups of
 * `pattern` are `value`, `unit`, `channel`, `stability` (compared with
 * `stableWhen`) and `status` (looked up in `statusMap`). Every other named
 * group becomes an attribute. Fixed field positions are written as `.{n}`,
 * e.g. `^.{2}(?<value>.{8})`.
 */
export interface MeasurementRule {
  pattern: string;
  quantity: string;
  /** Unit when the line has no `unit` group; null for dimensionless quantities. */
  unit?: string | null;
  /** Stability when the line has no `stability` group (default true). */
  stable?: boolean;
  /** Values of the `stability` group that mean stable. */
  stableWhen?: string[];
  /** Values of the `status` group mapped to a status; unmapped values are `ok`. */
  statusMap?: Record<string, MeasurementStatus>;
}

/** A rule turning matching lines into an event; every named group goes into its detail. */
export interface EventRule {
  pattern: string;
  event: string;
}

export type ProfileRule = MeasurementRule | EventRule;

/** A line-based instrument described as data, adaptable by a laboratory without code. */
export interface LineProfile {
  id: string;
  description: string;
  /** The instrument's manual or other origin of the format. */
  source: string;
  serial: SerialSettings;
  /** Rules are tried in order; the first match wins. Lines are trimmed first. */
  rules: ProfileRule[];
}

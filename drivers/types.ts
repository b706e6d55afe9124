// Contract between instrument drivers and the rest of Jitu. A driver turns
// framed lines from one kind of instrument into measurements and depends
// on neither HTTP nor the database.

export type MeasurementStatus = 'ok' | 'overload' | 'underload' | 'error';

export interface Measurement {
  /** Driver id, e.g. `mettler-sics`. */
  driver: string;
  /** Measured quantity, e.g. `mass`, `pH`, `force`, `cycles`. */
  quantity: string;
  /** Value exactly as the instrument sent it (trailing zeros kept), or null when the reply carries none. */
  value: string | null;
  unit: string | null;
  /** True when the instrument flagged the reading as stable. */
  stable: boolean;
  status: MeasurementStatus;
  /** The exact line as received, without its terminator. */
  raw: string;
  /** Station, channel or test mode where an instrument has several. */
  channel?: string;
  /** Values sent on the same line as the reading, e.g. temperature beside pH or wavelength beside absorbance. */
  attributes?: Record<string, string>;
}

/** Outcome of parsing one framed line. */
export type LineOutcome =
  | { kind: 'measurement'; measurement: Measurement }
  | { kind: 'event'; event: string; detail: Record<string, string>; raw: string }
  | { kind: 'unrecognised'; reason: string; raw: string };

export interface SerialSettings {
  baudRate: number;
  dataBits: 5 | 6 | 7 | 8;
  parity: 'none' | 'even' | 'odd' | 'mark' | 'space';
  stopBits: 1 | 1.5 | 2;
  flowControl: 'none' | 'rtscts' | 'xonxoff';
  /** Line terminator the instrument sends. */
  delimiter: '\r\n' | '\r' | '\n';
  encoding: 'ascii' | 'latin1' | 'utf8';
}

export interface Driver {
  id: string;
  /** One line for `jitu drivers`. */
  description: string;
  serial: SerialSettings;
  parseLine(line: string): LineOutcome;
}

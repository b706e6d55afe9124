import type { MeasurementStatus } from '../../drivers/types.ts';
import type { BilingualText } from '../errors.ts';

// Reasons a stored instrument measurement cannot be used, in Bahasa
// Indonesia and English, for readings of a run and for intermediate checks.

const STATUS_WORDS: Record<MeasurementStatus, BilingualText> = {
  ok: { id: 'bacaan normal', en: 'ok' },
  overload: { id: 'kelebihan beban (overload)', en: 'overload' },
  underload: { id: 'di bawah rentang (underload)', en: 'underload' },
  error: { id: 'galat (error)', en: 'error' },
};

export const otherInstrument = (measurementId: number): BilingualText => ({
  id: `pengukuran ${measurementId} berasal dari alat lain`,
  en: `measurement ${measurementId} came from another instrument`,
});

/** Describes a status line or a line without a value sent by the instrument, such as an overload. */
export function instrumentStatus(status: string, raw: string): BilingualText {
  const words = STATUS_WORDS[status as MeasurementStatus] ?? { id: status, en: status };
  return { id: `alat melaporkan ${words.id} ("${raw}")`, en: `the instrument reported ${words.en} ("${raw}")` };
}

export const notStable: BilingualText = {
  id: 'bacaan belum stabil; tunggu sampai bacaan stabil',
  en: 'the reading was not stable; wait for a stable reading',
};

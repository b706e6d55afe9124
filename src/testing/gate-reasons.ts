import type { MeasurementStatus } from '../../drivers/types.ts';
import type { BilingualText } from '../errors.ts';

// Reasons the run gate and the reading gate give, in Bahasa Indonesia and
// English. The calibration, conditioning and authorisation reasons come
// from the checks that compute them.

export const paymentMissing: BilingualText = {
  id: 'pembayaran belum dicatat dan biayanya tidak dibebaskan',
  en: 'payment has not been recorded or waived',
};

export const notAssigned: BilingualText = {
  id: 'parameter ini tidak ditugaskan kepada Anda',
  en: 'this parameter is not assigned to you',
};

export const notRunAnalyst: BilingualText = {
  id: 'hanya analis yang memulai uji ini yang boleh mencatat bacaannya',
  en: 'only the analyst who started the run may record its readings',
};

export const otherInstrument = (measurementId: number): BilingualText => ({
  id: `pengukuran ${measurementId} berasal dari alat lain`,
  en: `measurement ${measurementId} came from another instrument`,
});

export const beforeRun = (measurementId: number): BilingualText => ({
  id: `pengukuran ${measurementId} diambil sebelum uji dimulai`,
  en: `measurement ${measurementId} was taken before the run started`,
});

const STATUS_WORDS: Record<MeasurementStatus, BilingualText> = {
  ok: { id: 'bacaan normal', en: 'ok' },
  overload: { id: 'kelebihan beban (overload)', en: 'overload' },
  underload: { id: 'di bawah rentang (underload)', en: 'underload' },
  error: { id: 'galat (error)', en: 'error' },
};

/** Describes a status line or a line without a value sent by the instrument, such as an overload. */
export function instrumentStatus(status: string, raw: string): BilingualText {
  const words = STATUS_WORDS[status as MeasurementStatus] ?? { id: status, en: status };
  return { id: `alat melaporkan ${words.id} ("${raw}")`, en: `the instrument reported ${words.en} ("${raw}")` };
}

export const notStable: BilingualText = {
  id: 'bacaan belum stabil; tunggu sampai bacaan stabil',
  en: 'the reading was not stable; wait for a stable reading',
};

export const wrongQuantity = (expected: string, found: string): BilingualText => ({
  id: `isian ini memerlukan besaran ${expected}, bacaannya berupa ${found}`,
  en: `the field needs ${expected}, the reading is ${found}`,
});

export const wrongUnit = (expected: string, found: string | null): BilingualText => ({
  id: `isian ini memerlukan satuan ${expected}, bacaannya dalam ${found ?? 'tanpa satuan'}`,
  en: `the field needs ${expected}, the reading is in ${found ?? 'no unit'}`,
});

export const alreadyUsed = (measurementId: number): BilingualText => ({
  id: `pengukuran ${measurementId} sudah dipakai`,
  en: `measurement ${measurementId} is already in use`,
});

import type { BilingualText } from '../errors.ts';

// Reasons the run gate and the reading gate give, in Bahasa Indonesia and
// English. The calibration, conditioning, authorisation and measurement
// reasons come from the modules that check those.

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

export const beforeRun = (measurementId: number): BilingualText => ({
  id: `pengukuran ${measurementId} diambil sebelum uji dimulai`,
  en: `measurement ${measurementId} was taken before the run started`,
});

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

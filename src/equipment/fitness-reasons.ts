import type { BilingualText } from '../errors.ts';

// Reasons an instrument may not produce reportable readings, in Bahasa
// Indonesia and English, for the run gate, the reading gate and the
// instrument list.

const STATUS_WORDS: Record<string, BilingualText> = {
  in_service: { id: 'beroperasi', en: 'in service' },
  out_of_service: { id: 'tidak beroperasi', en: 'out of service' },
};

const statusWords = (status: string): BilingualText =>
  STATUS_WORDS[status] ?? { id: status.replace(/_/g, ' '), en: status.replace(/_/g, ' ') };

export const notRegistered = (instrumentId: number): BilingualText => ({
  id: `alat ${instrumentId} tidak terdaftar`,
  en: `instrument ${instrumentId} is not registered`,
});

export function notInService(code: string, status: string): BilingualText {
  const words = statusWords(status);
  return {
    id: `alat ${code} berstatus ${words.id}; operasikan kembali setelah diperbaiki dan diverifikasi`,
    en: `instrument ${code} is ${words.en}; put it back in service after repair and verification`,
  };
}

export function notInServiceThen(code: string, status: string): BilingualText {
  const words = statusWords(status);
  return {
    id: `alat ${code} berstatus ${words.id} saat bacaan diambil`,
    en: `instrument ${code} was ${words.en} when the reading was taken`,
  };
}

export const noCalibration = (code: string): BilingualText => ({
  id: `alat ${code} belum memiliki kalibrasi yang tercatat; catat sertifikat kalibrasinya terlebih dahulu`,
  en: `instrument ${code} has no calibration on record; record its certificate first`,
});

export const calibrationOverdue = (code: string, dueOn: string, certificate: string): BilingualText => ({
  id: `kalibrasi ${code} jatuh tempo pada ${dueOn} (sertifikat ${certificate}); catat sertifikat kalibrasi yang baru`,
  en: `calibration of ${code} was due on ${dueOn} (certificate ${certificate}); record the new certificate`,
});

export const checkFailed = (code: string, day: string): BilingualText => ({
  id: `pemeriksaan antara terakhir ${code} pada ${day} tidak lulus; catat pemeriksaan antara yang lulus sebelum memakainya`,
  en: `the last intermediate check of ${code} on ${day} failed; record a passed check before using it`,
});

export const checkMissing = (code: string, days: number): BilingualText => ({
  id: `${code} tidak memiliki pemeriksaan antara yang lulus dalam ${days} hari terakhir; periksa dahulu dengan acuannya`,
  en: `${code} has no passed intermediate check within the last ${days} day(s); check it against its reference first`,
});

export const accessoryNotInService = (code: string): BilingualText => ({
  id: `${code} tidak beroperasi; gunakan acuan lain`,
  en: `${code} is out of service; use another reference`,
});

export const accessoryOverdue = (code: string, dueOn: string): BilingualText => ({
  id: `${code} jatuh tempo pada ${dueOn}; kalibrasi ulang atau ganti terlebih dahulu`,
  en: `${code} was due on ${dueOn}; recalibrate or replace it first`,
});

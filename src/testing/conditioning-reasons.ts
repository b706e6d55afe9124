import type { BilingualText } from '../errors.ts';

// Reasons specimens are not yet ready for a run, in Bahasa Indonesia and
// English. Hours carry one decimal, with a decimal comma in Bahasa Indonesia.

const hoursIn = (hours: number) => ({ id: hours.toFixed(1).replace('.', ','), en: hours.toFixed(1) });

export const notEntered: BilingualText = {
  id: 'benda uji belum mulai dikondisikan',
  en: 'specimens have not entered conditioning',
};

export function tooShort(hours: number, minimumHours: number): BilingualText {
  const done = hoursIn(hours);
  return {
    id: `benda uji baru dikondisikan ${done.id} jam dari ${minimumHours} jam yang disyaratkan metode`,
    en: `specimens conditioned ${done.en} h of the ${minimumHours} h the method requires`,
  };
}

export const noRoomReadings = (location: string): BilingualText => ({
  id: `tidak ada data suhu dan kelembapan ruang ${location} selama benda uji dikondisikan; sambungkan termohigrometernya atau kirimkan datanya`,
  en: `no room readings of ${location} while the specimens were conditioned; connect its thermo-hygrometer or post the readings`,
});

export function tooFewHoursWithin(hours: number, atmosphere: string, minimumHours: number, excursions: number): BilingualText {
  const within = hoursIn(hours);
  return {
    id: `benda uji hanya ${within.id} jam berada dalam ${atmosphere} dari ${minimumHours} jam yang disyaratkan metode (${excursions} data ruang di luar batas)`,
    en: `specimens spent ${within.en} h within ${atmosphere} of the ${minimumHours} h the method requires (${excursions} room readings out of limits)`,
  };
}

/** The fields of a conditioning check that fails for `reason`. */
export const unmet = (reason: BilingualText) => ({ met: false, reason, reasonText: reason.en });

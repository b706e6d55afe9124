// National holidays of Indonesia as computed by the date-holidays package.
//
// date-holidays 3.37 has no cuti bersama, and its Islamic dates come from a
// fixed Umm al-Qura table that can differ by a day from the dates the
// government fixes (Idulfitri 2025: 30–31 March against 31 March–1 April).
// The laboratory's year files correct it (see holiday-table.ts).

import Holidays from 'date-holidays';
import type { CivilDate } from './jakarta-time.ts';

export interface LibraryHoliday {
  date: CivilDate;
  name: string;
}

/** Source of holidays for years that the laboratory data does not replace. */
export type HolidaySource = (year: number) => LibraryHoliday[];

/** Lists the public holidays that date-holidays computes for Indonesia. */
export function dateHolidaysSource(): HolidaySource {
  const holidays = new Holidays('ID', {
    timezone: 'Asia/Jakarta',
    languages: ['id'],
    types: ['public'],
  });

  // Islamic holidays start at 18:00 the evening before, so `start` can fall
  // on the previous day. `date` keeps the calendar date of the holiday.
  return (year) =>
    holidays.getHolidays(year).map((holiday) => ({
      date: holiday.date.slice(0, 10),
      name: holiday.name,
    }));
}

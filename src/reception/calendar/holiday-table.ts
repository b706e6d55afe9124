// Holidays of one year, merged from the holiday library and the laboratory's
// year file. The laboratory data always wins where the two disagree:
//
// 1. The library's holidays for the year are the starting point.
// 2. If the year file has `replacesLibrary: true` (it lists the whole SKB),
//    every library holiday is dropped, including library dates that the SKB
//    does not have, such as 1 Muharam on 26 June 2025 (SKB: 27 June).
// 3. Each listed day then replaces whatever the library had on that date,
//    and a `hari_kerja` day removes a library holiday without adding one.
//
// A year without a file keeps the library's holidays alone, with no cuti
// bersama, and its status is `library_only`.

import type { CalendarYear, DayKind } from './calendar-data.ts';
import type { CivilDate } from './jakarta-time.ts';
import type { HolidaySource } from './library-holidays.ts';

export type HolidayKind = Exclude<DayKind, 'hari_kerja'>;

export interface Holiday {
  date: CivilDate;
  kind: HolidayKind;
  name: string;
  /** Legal basis from the year file, or `date-holidays` for library dates. */
  source: string;
  origin: 'laboratory' | 'library';
}

export type YearStatus = CalendarYear['status'] | 'library_only';

export interface HolidayYear {
  status: YearStatus;
  holidays: Map<CivilDate, Holiday>;
}

export function buildHolidayYear(
  year: number,
  library: HolidaySource,
  data: CalendarYear | undefined,
): HolidayYear {
  const holidays = new Map<CivilDate, Holiday>();

  if (!data?.replacesLibrary) {
    for (const entry of library(year)) {
      holidays.set(entry.date, {
        date: entry.date,
        kind: 'libur_nasional',
        name: entry.name,
        source: 'date-holidays',
        origin: 'library',
      });
    }
  }

  for (const day of data?.days ?? []) {
    if (day.kind === 'hari_kerja') {
      holidays.delete(day.date);
      continue;
    }
    holidays.set(day.date, { ...day, kind: day.kind, origin: 'laboratory' });
  }

  return { status: data?.status ?? 'library_only', holidays };
}

// The laboratory's working days and service hours in Asia/Jakarta.
//
// A day is a working day when it is not a holiday (libur nasional or cuti
// bersama, see holiday-table.ts) and the service hours open the laboratory
// on its weekday. The service hours have no Saturday or Sunday sessions, so
// weekends are off. Inside a Ramadan range the Ramadan hours apply.

import type { CalendarYear, ServiceHours, ServiceSession, WeeklyHours } from './calendar-data.ts';
import { CalendarError } from './errors.ts';
import { buildHolidayYear, type Holiday, type HolidayYear, type YearStatus } from './holiday-table.ts';
import { addDays, jakartaInstant, weekdayOf, yearOf, type CivilDate } from './jakarta-time.ts';
import type { HolidaySource } from './library-holidays.ts';

/** Longest stretch of closed days searched before giving up on bad data. */
const MAX_CLOSED_STRETCH = 60;

const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const satisfies readonly (keyof WeeklyHours)[];

export interface WorkingCalendar {
  holidayOn(date: CivilDate): Holiday | null;
  /** Whether the holidays of the year come from a signed SKB, an estimate or the library alone. */
  yearStatus(year: number): YearStatus;
  isRamadan(date: CivilDate): boolean;
  /** Service sessions of the day, empty on a day off. */
  sessionsOn(date: CivilDate): ServiceSession[];
  isWorkingDay(date: CivilDate): boolean;
  /** Returns the instant at which service ends on a working day. */
  closeOfService(date: CivilDate): Date;
  /** Returns the first working day strictly after `date`. */
  nextWorkingDay(date: CivilDate): CivilDate;
}

export interface WorkingCalendarOptions {
  years: CalendarYear[];
  serviceHours: ServiceHours;
  library: HolidaySource;
}

export function createWorkingCalendar(options: WorkingCalendarOptions): WorkingCalendar {
  const dataByYear = indexYears(options.years);
  const ramadanRanges = options.years.flatMap((year) => (year.ramadan ? [year.ramadan] : []));
  const cache = new Map<number, HolidayYear>();

  const holidayYear = (year: number): HolidayYear => {
    let built = cache.get(year);
    if (!built) {
      built = buildHolidayYear(year, options.library, dataByYear.get(year));
      cache.set(year, built);
    }
    return built;
  };

  const holidayOn = (date: CivilDate) => holidayYear(yearOf(date)).holidays.get(date) ?? null;
  const isRamadan = (date: CivilDate) =>
    ramadanRanges.some((range) => range.from <= date && date <= range.to);

  const sessionsOn = (date: CivilDate): ServiceSession[] => {
    if (holidayOn(date)) return [];
    const weekly = isRamadan(date) ? options.serviceHours.ramadan : options.serviceHours.regular;
    return weekly[WEEKDAYS[weekdayOf(date)] ?? 'sunday'] ?? [];
  };

  const isWorkingDay = (date: CivilDate) => sessionsOn(date).length > 0;

  return {
    holidayOn,
    yearStatus: (year) => holidayYear(year).status,
    isRamadan,
    sessionsOn,
    isWorkingDay,
    closeOfService: (date) => closeOf(date, sessionsOn(date)),
    nextWorkingDay: (date) => nextWorkingDay(date, isWorkingDay),
  };
}

function indexYears(years: CalendarYear[]): Map<number, CalendarYear> {
  const byYear = new Map<number, CalendarYear>();
  for (const data of years) {
    if (byYear.has(data.year)) {
      throw new CalendarError('CALENDAR_DATA_INVALID', `Calendar year ${data.year} is given twice.`);
    }
    const stray = data.days.find((day) => yearOf(day.date) !== data.year);
    if (stray) {
      throw new CalendarError(
        'CALENDAR_DATA_INVALID',
        `Calendar year ${data.year} lists ${stray.date}, which belongs to another year.`,
      );
    }
    byYear.set(data.year, data);
  }
  return byYear;
}

function closeOf(date: CivilDate, sessions: ServiceSession[]): Date {
  const last = sessions.at(-1);
  if (!last) {
    throw new CalendarError('INVALID_ARGUMENT', `${date} is not a working day, so it has no close of service.`);
  }
  return jakartaInstant(date, last.close);
}

function nextWorkingDay(date: CivilDate, isWorkingDay: (date: CivilDate) => boolean): CivilDate {
  let candidate = addDays(date, 1);
  for (let step = 0; step < MAX_CLOSED_STRETCH; step += 1) {
    if (isWorkingDay(candidate)) return candidate;
    candidate = addDays(candidate, 1);
  }
  throw new CalendarError(
    'NO_WORKING_DAY',
    `No working day within ${MAX_CLOSED_STRETCH} days after ${date}; check the service hours and holiday data.`,
  );
}

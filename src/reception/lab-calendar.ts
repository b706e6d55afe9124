import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CalendarYear, DayKind, ListedDay } from './calendar/calendar-data.ts';
import { serviceHoursSchema } from './calendar/calendar-data.ts';
import { CalendarError } from './calendar/errors.ts';
import { dateHolidaysSource, loadCompletionTimes, createWorkingCalendar, type CompletionTimes, type WorkingCalendar } from './calendar/index.ts';
import { loadCalendarYears } from './calendar/load-calendar.ts';
import { readDataFile } from './calendar/read-data-file.ts';
import './records/tables.ts';

/** Calendar data shipped with Jitu: SKB year files, service hours, completion times. */
export const CALENDAR_FOLDER = fileURLToPath(new URL('../../fixtures/calendar/', import.meta.url));

const dataError = (message: string) => new CalendarError('CALENDAR_DATA_INVALID', message);

let shipped: { years: CalendarYear[]; completion: CompletionTimes } | undefined;

function shippedData() {
  shipped ??= { years: loadCalendarYears(CALENDAR_FOLDER), completion: loadCompletionTimes(CALENDAR_FOLDER) };
  return shipped;
}

export const completionTimes = (): CompletionTimes => shippedData().completion;

/**
 * Adds days the laboratory entered in the database to the shipped year files.
 * An entered day replaces a shipped day on the same date. A year without a
 * file stays `estimated`, since its SKB was not entered whole.
 */
export function mergeCalendarDays(years: readonly CalendarYear[], entered: readonly ListedDay[]): CalendarYear[] {
  const byYear = new Map(years.map((year) => [year.year, { ...year, days: [...year.days] }]));
  for (const day of entered) {
    const yearNumber = Number(day.date.slice(0, 4));
    let year = byYear.get(yearNumber);
    if (!year) {
      year = { year: yearNumber, status: 'estimated', replacesLibrary: false, source: 'entered by the laboratory', days: [], ramadan: null };
      byYear.set(yearNumber, year);
    }
    year.days = [...year.days.filter((listed) => listed.date !== day.date), day];
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export async function listEnteredDays(db: Kysely<Database>): Promise<ListedDay[]> {
  const rows = await db.selectFrom('calendar_days').select(['date', 'kind', 'name', 'source']).orderBy('date').execute();
  return rows.map((row) => ({ ...row, kind: row.kind as DayKind }));
}

/** Builds the working calendar from the shipped data and the days entered in the database. */
export async function loadLabCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  const serviceHours = readDataFile(`${CALENDAR_FOLDER}service-hours.json`, serviceHoursSchema, dataError);
  return createWorkingCalendar({
    years: mergeCalendarDays(shippedData().years, await listEnteredDays(db)),
    serviceHours,
    library: dateHolidaysSource(),
  });
}

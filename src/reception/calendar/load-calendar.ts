// Reads the calendar data files of a folder: one `YYYY.json` per year,
// `service-hours.json` and `completion-times.json`. Invalid data fails here,
// naming the file.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { calendarYearSchema, serviceHoursSchema, type CalendarYear } from './calendar-data.ts';
import { completionTimesSchema, type CompletionTimes } from './completion-times.ts';
import { CalendarError } from './errors.ts';
import { dateHolidaysSource, type HolidaySource } from './library-holidays.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.ts';

const YEAR_FILE = /^(\d{4})\.json$/;

/** Parses a JSON file against a schema, reporting the file and the invalid fields. */
export function readDataFile<T>(path: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CalendarError('CALENDAR_DATA_INVALID', `Cannot read ${path}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new CalendarError('CALENDAR_DATA_INVALID', `Invalid ${path}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function loadCalendarYears(folder: string): CalendarYear[] {
  const files = readdirSync(folder).filter((name) => YEAR_FILE.test(name)).sort();
  return files.map((name) => {
    const data = readDataFile(join(folder, name), calendarYearSchema);
    if (`${data.year}.json` !== name) {
      throw new CalendarError('CALENDAR_DATA_INVALID', `${join(folder, name)} contains year ${data.year}; name the file after its year.`);
    }
    return data;
  });
}

/** Builds the working calendar from a data folder such as `fixtures/calendar`. */
export function loadWorkingCalendar(
  folder: string,
  library: HolidaySource = dateHolidaysSource(),
): WorkingCalendar {
  return createWorkingCalendar({
    years: loadCalendarYears(folder),
    serviceHours: readDataFile(join(folder, 'service-hours.json'), serviceHoursSchema),
    library,
  });
}

/** Reads `completion-times.json` from a data folder such as `fixtures/calendar`. */
export function loadCompletionTimes(folder: string): CompletionTimes {
  return readDataFile(join(folder, 'completion-times.json'), completionTimesSchema);
}

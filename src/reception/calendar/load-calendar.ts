// Reads the calendar data files of a folder: one `YYYY.json` per year,
// `service-hours.json` and `completion-times.json`. Invalid data fails here,
// naming the file.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calendarYearSchema, serviceHoursSchema, type CalendarYear } from './calendar-data.ts';
import { completionTimesSchema, type CompletionTimes } from './completion-times.ts';
import { CalendarError } from './errors.ts';
import { dateHolidaysSource, type HolidaySource } from './library-holidays.ts';
import { readDataFile } from './read-data-file.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.ts';

const YEAR_FILE = /^(\d{4})\.json$/;

const dataError = (message: string) => new CalendarError('CALENDAR_DATA_INVALID', message);

export function loadCalendarYears(folder: string): CalendarYear[] {
  const files = readdirSync(folder).filter((name) => YEAR_FILE.test(name)).sort();
  return files.map((name) => {
    const data = readDataFile(join(folder, name), calendarYearSchema, dataError);
    if (`${data.year}.json` !== name) {
      const message = `${join(folder, name)} contains year ${data.year}; name the file after its year.`;
      throw dataError(message);
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
    serviceHours: readDataFile(join(folder, 'service-hours.json'), serviceHoursSchema, dataError),
    library,
  });
}

/** Reads `completion-times.json` from a data folder such as `fixtures/calendar`. */
export function loadCompletionTimes(folder: string): CompletionTimes {
  return readDataFile(join(folder, 'completion-times.json'), completionTimesSchema, dataError);
}

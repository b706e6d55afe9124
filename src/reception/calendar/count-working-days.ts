import { CalendarError } from './errors.ts';
import { addDays, isCivilDate, jakartaDateOf, type CivilDate } from './jakarta-time.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/**
 * Counts the working days after `from` up to and including `to`, so that
 * counting from a receipt day to its due date returns the working days
 * allowed. Returns 0 when `to` is not after `from`. A Date is taken at its
 * Jakarta date.
 */
export function countWorkingDays(
  from: CivilDate | Date,
  to: CivilDate | Date,
  calendar: WorkingCalendar,
): number {
  const start = toCivilDate(from, 'from');
  const end = toCivilDate(to, 'to');

  let count = 0;
  for (let date = addDays(start, 1); date <= end; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count += 1;
  }
  return count;
}

function toCivilDate(value: CivilDate | Date, name: string): CivilDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new CalendarError('INVALID_ARGUMENT', `${name} is an invalid Date.`);
    }
    return jakartaDateOf(value);
  }
  if (!isCivilDate(value)) {
    throw new CalendarError('INVALID_ARGUMENT', `${name} must be a date as YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

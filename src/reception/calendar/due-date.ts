// Due date of a test request, counted in working days.
//
// The BPIPI service standard (Keputusan Kepala BPIPI Nomor 41 Tahun 2023,
// komponen 6) gives testing 4 to 10 working days but does not say whether
// the day of receipt counts. Jitu does not count it, so the laboratory
// always gets the full number of days:
//
// - The count starts from the receipt day: the Jakarta date of receipt if
//   that is a working day and the sample arrived before close of service
//   (arriving before opening or during the midday break still counts as
//   that day). Otherwise it is the next working day.
// - Day one is the first working day after the receipt day, and the due date
//   is working day N. The work is due at close of service on that day.

import { CalendarError } from './errors.ts';
import { clockTimeMs, jakartaDateOf, jakartaTimeOfDayMs, yearOf, type CivilDate } from './jakarta-time.ts';
import type { WorkingCalendar } from './working-calendar.ts';

export interface DueDateRequest {
  receivedAt: Date;
  workingDays: number;
  calendar: WorkingCalendar;
}

export interface DueDate {
  /** Jakarta date of the last working day allowed. */
  dueDate: CivilDate;
  /** Close of service on `dueDate`. */
  dueAt: Date;
  /** Working day from which the days are counted (day zero). */
  receiptDay: CivilDate;
  /** False when the sample arrived after close of service or on a day off. */
  receivedWithinServiceHours: boolean;
  /**
   * True when a year from receipt to due date has no signed SKB entered, so
   * its cuti bersama are missing and the due date may move.
   */
  estimated: boolean;
}

export function computeDueDate(request: DueDateRequest): DueDate {
  const { receivedAt, workingDays, calendar } = request;
  if (Number.isNaN(receivedAt.getTime())) {
    throw new CalendarError('INVALID_ARGUMENT', 'receivedAt is an invalid Date.');
  }
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new CalendarError('INVALID_ARGUMENT', `workingDays must be a positive integer, got ${workingDays}.`);
  }

  const withinHours = isBeforeCloseOfService(receivedAt, calendar);
  const dateOfReceipt = jakartaDateOf(receivedAt);
  const receiptDay = withinHours ? dateOfReceipt : calendar.nextWorkingDay(dateOfReceipt);

  let dueDate = receiptDay;
  for (let day = 0; day < workingDays; day += 1) {
    dueDate = calendar.nextWorkingDay(dueDate);
  }

  return {
    dueDate,
    dueAt: calendar.closeOfService(dueDate),
    receiptDay,
    receivedWithinServiceHours: withinHours,
    estimated: !spansOfficialYearsOnly(receiptDay, dueDate, calendar),
  };
}

function spansOfficialYearsOnly(from: CivilDate, to: CivilDate, calendar: WorkingCalendar): boolean {
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    if (calendar.yearStatus(year) !== 'official') return false;
  }
  return true;
}

/** Whether the instant falls on a working day before that day's close of service. */
export function isBeforeCloseOfService(instant: Date, calendar: WorkingCalendar): boolean {
  const sessions = calendar.sessionsOn(jakartaDateOf(instant));
  const last = sessions.at(-1);
  return last !== undefined && jakartaTimeOfDayMs(instant) < clockTimeMs(last.close);
}

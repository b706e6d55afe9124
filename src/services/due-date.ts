// Due date of a service request from the completion time in the catalogue.
//
// Working days are counted like a test request's (computeDueDate): day one
// is the first working day after the receipt day, and the work is due at
// close of service on the last day.
//
// Completion times the standard states in months or years ("3 Bulan",
// "1 Tahun") run to the same date that many months after the receipt day.
// When that date does not exist, the month's last day is used. When BPIPI
// is closed on it, the due date moves forward to the next working day.
//
// NOTE: the standard does not say how its months and years count; this
// rule is Jitu's reading until BPIPI states one.

import {
  computeDueDate,
  isBeforeCloseOfService,
  jakartaDateOf,
  type CivilDate,
  type WorkingCalendar,
} from '../reception/calendar/index.ts';
import type { Service } from './catalogue-schema.ts';

export interface ServiceDueDate {
  dueDate: CivilDate;
  dueAt: Date;
  /** True when a year in the span has no signed SKB entered, so the date may move. */
  estimated: boolean;
}

export function serviceDueDate(time: Service['completionTime'], receivedAt: Date, calendar: WorkingCalendar): ServiceDueDate {
  if (time.unit === 'working_days') {
    const due = computeDueDate({ receivedAt, workingDays: time.max, calendar });
    return { dueDate: due.dueDate, dueAt: due.dueAt, estimated: due.estimated };
  }
  const dateOfReceipt = jakartaDateOf(receivedAt);
  const receiptDay = isBeforeCloseOfService(receivedAt, calendar) ? dateOfReceipt : calendar.nextWorkingDay(dateOfReceipt);
  const target = addMonths(receiptDay, time.max);
  const dueDate = calendar.isWorkingDay(target) ? target : calendar.nextWorkingDay(target);
  return { dueDate, dueAt: calendar.closeOfService(dueDate), estimated: !officialYears(receiptDay, dueDate, calendar) };
}

/** Adds calendar months to a YYYY-MM-DD date, clamping to the month's last day. */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

function officialYears(from: CivilDate, to: CivilDate, calendar: WorkingCalendar): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (calendar.yearStatus(year) !== 'official') return false;
  }
  return true;
}

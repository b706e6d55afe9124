// Reception calendar: working days, service hours, due dates and
// completion times for the BPIPI testing laboratory, all in Asia/Jakarta.

export type { CalendarYear, ListedDay, ServiceHours, ServiceSession } from './calendar-data.ts';
export { completionTimesSchema, workingDaysFor } from './completion-times.ts';
export type { CompletionRequest, CompletionTimes } from './completion-times.ts';
export { countWorkingDays } from './count-working-days.ts';
export { computeDueDate, isBeforeCloseOfService } from './due-date.ts';
export type { DueDate, DueDateRequest } from './due-date.ts';
export { CalendarError } from './errors.ts';
export type { CalendarErrorCode } from './errors.ts';
export type { Holiday, HolidayKind, YearStatus } from './holiday-table.ts';
export { jakartaDateOf, jakartaInstant } from './jakarta-time.ts';
export type { CivilDate, ClockTime } from './jakarta-time.ts';
export { dateHolidaysSource } from './library-holidays.ts';
export type { HolidaySource, LibraryHoliday } from './library-holidays.ts';
export { loadCompletionTimes, loadWorkingCalendar } from './load-calendar.ts';
export { listOverdue } from './overdue.ts';
export type { DueItem, OverdueEntry } from './overdue.ts';
export { createWorkingCalendar } from './working-calendar.ts';
export type { WorkingCalendar, WorkingCalendarOptions } from './working-calendar.ts';

export type CalendarErrorCode =
  | 'CALENDAR_DATA_INVALID'
  | 'NO_WORKING_DAY'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_COMMODITY';

/** Failure of the reception calendar, with a stable code for callers to test. */
export class CalendarError extends Error {
  override name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
  }
}

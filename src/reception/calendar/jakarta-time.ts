// Civil dates and times in Asia/Jakarta (WIB). WIB is UTC+7 with no daylight
// saving time, so a fixed offset converts exactly and the result does not
// depend on the TZ of the machine.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Calendar date in Jakarta as `YYYY-MM-DD`. */
export type CivilDate = string;

/** Clock time in Jakarta as `HH:MM`, 24-hour. */
export type ClockTime = string;

export function isCivilDate(value: string): boolean {
  const match = CIVIL_DATE.exec(value);
  if (!match) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function isClockTime(value: string): boolean {
  return CLOCK_TIME.test(value);
}

/** Returns the Jakarta calendar date on which the instant falls. */
export function jakartaDateOf(instant: Date): CivilDate {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Milliseconds elapsed since Jakarta midnight at the instant. */
export function jakartaTimeOfDayMs(instant: Date): number {
  const shifted = instant.getTime() + WIB_OFFSET_MS;
  return ((shifted % DAY_MS) + DAY_MS) % DAY_MS;
}

export function clockTimeMs(time: ClockTime): number {
  const [hours, minutes] = time.split(':').map(Number);
  return ((hours ?? 0) * 60 + (minutes ?? 0)) * 60 * 1000;
}

/** Returns the instant at which the Jakarta clock shows `time` on `date`. */
export function jakartaInstant(date: CivilDate, time: ClockTime): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  return new Date(midnightUtc + clockTimeMs(time) - WIB_OFFSET_MS);
}

/** Day of the week of a calendar date: 0 is Sunday, 6 is Saturday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const shifted = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(shifted).toISOString().slice(0, 10);
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

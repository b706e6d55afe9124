import { invalidInput } from '../errors.ts';

/**
 * Normalises a time given by staff to ISO 8601 UTC, or returns now when it
 * is absent. A time more than a minute ahead of the clock is invalid,
 * because records describe what already happened.
 */
export function pastOrNow(value: string | undefined, field: string): string {
  if (value === undefined) return new Date().toISOString();
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw invalidInput(field, 'use an ISO 8601 date and time');
  if (time.getTime() > Date.now() + 60_000) throw invalidInput(field, 'the time lies in the future');
  return time.toISOString();
}

// Shapes of the laboratory-entered calendar data, checked once when loaded.

import { z } from 'zod';
import { isCivilDate, isClockTime } from './jakarta-time.ts';

const civilDate = z.string().refine(isCivilDate, 'expected a date as YYYY-MM-DD');
const clockTime = z.string().refine(isClockTime, 'expected a time as HH:MM');

/**
 * Kind of a listed day: `libur_nasional` (national holiday) and `cuti_bersama`
 * (collective leave) close the laboratory. `hari_kerja` marks a working day
 * that the holiday library wrongly lists as a holiday.
 */
export const dayKindSchema = z.enum(['libur_nasional', 'cuti_bersama', 'hari_kerja']);
export type DayKind = z.infer<typeof dayKindSchema>;

export const listedDaySchema = z.object({
  date: civilDate,
  kind: dayKindSchema,
  name: z.string().min(1),
  /** Legal basis, e.g. the SKB number that fixes the day. */
  source: z.string().min(1),
});
export type ListedDay = z.infer<typeof listedDaySchema>;

export const dateRangeSchema = z
  .object({ from: civilDate, to: civilDate, source: z.string().min(1) })
  .refine((range) => range.from <= range.to, 'from must not be after to');
export type DateRange = z.infer<typeof dateRangeSchema>;

export const calendarYearSchema = z.object({
  year: z.number().int().min(1970).max(2100),
  /** `official` once the SKB is signed, `estimated` before that. */
  status: z.enum(['official', 'estimated']),
  /**
   * True when `days` lists every holiday of the year, so holidays that only
   * the library lists are dropped for that year.
   */
  replacesLibrary: z.boolean(),
  source: z.string().min(1),
  days: z.array(listedDaySchema),
  /** Ramadan as fixed by the Minister of Religion, first and last day inclusive. */
  ramadan: dateRangeSchema.nullable(),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const serviceSessionSchema = z
  .object({ open: clockTime, close: clockTime })
  .refine((session) => session.open < session.close, 'open must be before close');
export type ServiceSession = z.infer<typeof serviceSessionSchema>;

/** Sessions of one day in time order, e.g. before and after the midday break. */
const daySessionsSchema = z
  .array(serviceSessionSchema)
  .refine(
    (sessions) => sessions.every((session, i) => i === 0 || sessions[i - 1]!.close <= session.open),
    'sessions must be in time order and must not overlap',
  )
  .optional();

/** Service sessions per weekday. A weekday left out is closed all day. */
export const weeklyHoursSchema = z.object({
  monday: daySessionsSchema,
  tuesday: daySessionsSchema,
  wednesday: daySessionsSchema,
  thursday: daySessionsSchema,
  friday: daySessionsSchema,
  saturday: daySessionsSchema,
  sunday: daySessionsSchema,
});
export type WeeklyHours = z.infer<typeof weeklyHoursSchema>;

export const serviceHoursSchema = z.object({
  source: z.string().min(1),
  note: z.string().optional(),
  regular: weeklyHoursSchema,
  ramadan: weeklyHoursSchema,
});
export type ServiceHours = z.infer<typeof serviceHoursSchema>;

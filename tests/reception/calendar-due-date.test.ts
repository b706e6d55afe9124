import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  computeDueDate,
  countWorkingDays,
  loadCompletionTimes,
  loadWorkingCalendar,
  workingDaysFor,
} from '../../src/reception/calendar/index.ts';

const folder = fileURLToPath(new URL('../../fixtures/calendar', import.meta.url));
const calendar = loadWorkingCalendar(folder);

/** Instant at a Jakarta wall-clock time, e.g. `wib('2025-10-10T16:30')`. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('computeDueDate across Idulfitri', () => {
  it('skips Idulfitri 2025 and its cuti bersama', () => {
    // Received Thu 27 Mar 2025 10:00, within the Ramadan hours (close 15:00).
    // Closed: Fri 28 (cuti Nyepi), Sat 29 (Nyepi), Sun 30, Mon 31 and Tue 1 Apr
    // (Idulfitri), Wed 2 to Fri 4 (cuti), Sat 5, Sun 6, Mon 7 (cuti).
    // Day 1 Tue 8, 2 Wed 9, 3 Thu 10, 4 Fri 11, 5 Mon 14 Apr; closes 15:30 WIB.
    const due = computeDueDate({ receivedAt: wib('2025-03-27T10:00'), workingDays: 5, calendar });
    expect(due.receiptDay).toBe('2025-03-27');
    expect(due.receivedWithinServiceHours).toBe(true);
    expect(due.dueDate).toBe('2025-04-14');
    expect(due.dueAt.toISOString()).toBe('2025-04-14T08:30:00.000Z');
    expect(due.estimated).toBe(false);
  });

  it('also skips Good Friday 2025 for ten days', () => {
    // From day 5 on Mon 14 Apr: Tue 15 (6), Wed 16 (7), Thu 17 (8),
    // Fri 18 is Wafat Yesus Kristus, Mon 21 (9), Tue 22 Apr (10).
    const due = computeDueDate({ receivedAt: wib('2025-03-27T10:00'), workingDays: 10, calendar });
    expect(due.dueDate).toBe('2025-04-22');
  });

  it('skips Idulfitri 2026 and its cuti bersama', () => {
    // Received Tue 17 Mar 2026 09:00 in Ramadan. Closed: Wed 18 (cuti),
    // Thu 19 (Nyepi), Fri 20 (cuti), Sat 21 and Sun 22 (Idulfitri), Mon 23
    // and Tue 24 (cuti). Day 1 Wed 25, 2 Thu 26, 3 Fri 27, 4 Mon 30 Mar.
    const due = computeDueDate({ receivedAt: wib('2026-03-17T09:00'), workingDays: 4, calendar });
    expect(due.dueDate).toBe('2026-03-30');
    expect(due.dueAt.toISOString()).toBe('2026-03-30T08:30:00.000Z');
  });

  it('runs past Good Friday 2026 for ten days', () => {
    // From day 4 on Mon 30 Mar: Tue 31 (5), Wed 1 Apr (6), Thu 2 (7),
    // Fri 3 is Wafat Yesus Kristus, Mon 6 (8), Tue 7 (9), Wed 8 Apr (10).
    const due = computeDueDate({ receivedAt: wib('2026-03-17T09:00'), workingDays: 10, calendar });
    expect(due.dueDate).toBe('2026-04-08');
  });
});

describe('computeDueDate and service hours', () => {
  it('counts a Friday 16:30 receipt from Monday', () => {
    // Friday closes at 16:00, so the receipt day is Mon 13 Oct 2025.
    // Day 1 Tue 14, 2 Wed 15, 3 Thu 16, 4 Fri 17, 5 Mon 20 Oct.
    const due = computeDueDate({ receivedAt: wib('2025-10-10T16:30'), workingDays: 5, calendar });
    expect(due.receivedWithinServiceHours).toBe(false);
    expect(due.receiptDay).toBe('2025-10-13');
    expect(due.dueDate).toBe('2025-10-20');
    expect(due.dueAt.toISOString()).toBe('2025-10-20T08:30:00.000Z');
  });

  it('counts a Friday 15:45 receipt from Friday', () => {
    // 15:45 is past the Monday–Thursday close but before Friday's 16:00.
    // Day 1 Mon 13 … day 5 Fri 17 Oct, which closes at 16:00 WIB.
    const due = computeDueDate({ receivedAt: wib('2025-10-10T15:45'), workingDays: 5, calendar });
    expect(due.receivedWithinServiceHours).toBe(true);
    expect(due.receiptDay).toBe('2025-10-10');
    expect(due.dueDate).toBe('2025-10-17');
    expect(due.dueAt.toISOString()).toBe('2025-10-17T09:00:00.000Z');
  });

  it('counts a Saturday receipt from Monday', () => {
    // Sat 11 Oct 2025 is off, so the receipt day is Mon 13 and day 5 is Mon 20.
    const due = computeDueDate({ receivedAt: wib('2025-10-11T10:00'), workingDays: 5, calendar });
    expect(due.receivedWithinServiceHours).toBe(false);
    expect(due.receiptDay).toBe('2025-10-13');
    expect(due.dueDate).toBe('2025-10-20');
  });

  it('treats the close of service as after hours', () => {
    // Mon 13 Oct 2025 15:30 is the close itself, so the receipt day is Tue 14.
    const due = computeDueDate({ receivedAt: wib('2025-10-13T15:30'), workingDays: 1, calendar });
    expect(due.receiptDay).toBe('2025-10-14');
    expect(due.dueDate).toBe('2025-10-15');
  });

  it('counts an early-morning receipt from that day', () => {
    // 07:00 is before opening at 07:30, but the day has not closed yet.
    const due = computeDueDate({ receivedAt: wib('2025-10-13T07:00'), workingDays: 1, calendar });
    expect(due.receiptDay).toBe('2025-10-13');
    expect(due.dueDate).toBe('2025-10-14');
  });

  it('uses the Ramadan close for a late receipt', () => {
    // Thu 5 Mar 2026 is in Ramadan, when Thursday closes at 15:00, so 15:10
    // is after hours and the receipt day is Fri 6 Mar. Day 1 Mon 9, 2 Tue 10,
    // 3 Wed 11, 4 Thu 12, 5 Fri 13 Mar. The Ramadan Friday closes at 15:30 WIB.
    const due = computeDueDate({ receivedAt: wib('2026-03-05T15:10'), workingDays: 5, calendar });
    expect(due.receivedWithinServiceHours).toBe(false);
    expect(due.receiptDay).toBe('2026-03-06');
    expect(due.dueDate).toBe('2026-03-13');
    expect(due.dueAt.toISOString()).toBe('2026-03-13T08:30:00.000Z');
  });

  it('accepts 15:10 outside Ramadan', () => {
    // Thu 9 Apr 2026 closes at 15:30. Day 1 Fri 10, 2 Mon 13, 3 Tue 14,
    // 4 Wed 15, 5 Thu 16 Apr.
    const due = computeDueDate({ receivedAt: wib('2026-04-09T15:10'), workingDays: 5, calendar });
    expect(due.receivedWithinServiceHours).toBe(true);
    expect(due.dueDate).toBe('2026-04-16');
  });

  it('crosses the year end after Christmas', () => {
    // Thu 25 Dec 2025 is Natal and Fri 26 cuti bersama, so the receipt day is
    // Mon 29. Day 1 Tue 30, 2 Wed 31, Thu 1 Jan 2026 is off, 3 Fri 2,
    // 4 Mon 5, 5 Tue 6 Jan.
    const due = computeDueDate({ receivedAt: wib('2025-12-25T10:00'), workingDays: 5, calendar });
    expect(due.receiptDay).toBe('2025-12-29');
    expect(due.dueDate).toBe('2026-01-06');
    expect(due.estimated).toBe(false);
  });

  it('flags a due date in a year without SKB data', () => {
    // 2027 has no year file, so only the library's holidays apply: 1 Jan and
    // Isra Mikraj on Tue 5 Jan. Received Wed 30 Dec 2026: Thu 31 (1), Mon 4
    // (2), Wed 6 (3), Thu 7 (4), Fri 8 Jan (5).
    const due = computeDueDate({ receivedAt: wib('2026-12-30T10:00'), workingDays: 5, calendar });
    expect(due.dueDate).toBe('2027-01-08');
    expect(due.estimated).toBe(true);
  });

  it('rejects a non-positive working-day count', () => {
    const compute = () => computeDueDate({ receivedAt: wib('2025-10-13T09:00'), workingDays: 0, calendar });
    expect(compute).toThrow(CalendarError);
    expect(compute).toThrow(/workingDays must be a positive integer, got 0/);
  });

  it('rejects an invalid receipt instant', () => {
    const compute = () => computeDueDate({ receivedAt: new Date('not a date'), workingDays: 5, calendar });
    expect(compute).toThrow(/receivedAt is an invalid Date/);
  });
});

describe('Monday safety-shoe request', () => {
  it('is due ten working days later', () => {
    // Four SNI 8877:2023 parameters on safety footwear: the tier for four or
    // more parameters is 10 working days. Received Mon 8 Jun 2026 08:10.
    // Day 1 Tue 9, 2 Wed 10, 3 Thu 11, 4 Fri 12, 5 Mon 15, Tue 16 is
    // 1 Muharam, 6 Wed 17, 7 Thu 18, 8 Fri 19, 9 Mon 22, 10 Tue 23 Jun.
    const table = loadCompletionTimes(folder);
    const methodIds = ['outsole-abrasion', 'upper-outsole-bond', 'toecap-impact', 'slip-resistance'];
    const workingDays = workingDaysFor({ commodity: 'safety-footwear', methodIds }, table);
    expect(workingDays).toBe(10);

    const due = computeDueDate({ receivedAt: wib('2026-06-08T08:10'), workingDays, calendar });
    expect(due.dueDate).toBe('2026-06-23');
    expect(due.dueAt.toISOString()).toBe('2026-06-23T08:30:00.000Z');
  });
});

describe('countWorkingDays', () => {
  it('returns the days allowed from receipt day to due date', () => {
    expect(countWorkingDays('2025-03-27', '2025-04-14', calendar)).toBe(5);
    expect(countWorkingDays('2026-06-08', '2026-06-23', calendar)).toBe(10);
  });

  it('returns 0 unless to is after from', () => {
    expect(countWorkingDays('2025-10-13', '2025-10-13', calendar)).toBe(0);
    expect(countWorkingDays('2025-10-20', '2025-10-13', calendar)).toBe(0);
  });

  it('takes a Date at its Jakarta date', () => {
    // 2025-10-12T17:30Z is Mon 13 Oct 00:30 WIB, so Mon 13 is not counted
    // and Tue 14 to Fri 17 are: 4 days.
    expect(countWorkingDays(new Date('2025-10-12T17:30:00Z'), '2025-10-17', calendar)).toBe(4);
  });

  it('rejects a malformed date', () => {
    expect(() => countWorkingDays('2025-13-01', '2025-12-31', calendar)).toThrow(/from must be a date as YYYY-MM-DD/);
  });
});

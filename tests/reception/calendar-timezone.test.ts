import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Node reads TZ again whenever it is assigned, so each block sets it before
// building the calendar. The results must match those in Jakarta.
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const folder = fileURLToPath(new URL('../../fixtures/calendar', import.meta.url));

describe.each(['UTC', 'America/New_York', 'Asia/Jakarta'])('calendar under TZ=%s', (tz) => {
  it('computes the same due dates', async () => {
    process.env.TZ = tz;
    const { computeDueDate, loadWorkingCalendar } = await import('../../src/reception/calendar/index.ts');
    const calendar = loadWorkingCalendar(folder);

    // Friday 10 Oct 2025 16:30 WIB is after hours: due Mon 20 Oct (5 days).
    const late = computeDueDate({ receivedAt: new Date('2025-10-10T09:30:00Z'), workingDays: 5, calendar });
    expect(late.dueDate).toBe('2025-10-20');
    expect(late.dueAt.toISOString()).toBe('2025-10-20T08:30:00.000Z');

    // 2025-10-12T17:30Z is Mon 13 Oct 00:30 WIB (Sunday in UTC and New York).
    const overnight = computeDueDate({ receivedAt: new Date('2025-10-12T17:30:00Z'), workingDays: 1, calendar });
    expect(overnight.receiptDay).toBe('2025-10-13');
    expect(overnight.dueDate).toBe('2025-10-14');
  });

  it('reads library holidays on their Jakarta date', async () => {
    process.env.TZ = tz;
    const { dateHolidaysSource } = await import('../../src/reception/calendar/index.ts');
    const dates = dateHolidaysSource()(2027).map((holiday) => holiday.date);
    expect(dates).toContain('2027-01-01');
    expect(dates).toContain('2027-08-17');
    expect(dates).toContain('2027-12-25');
  });

  it('applies the TZ setting', () => {
    process.env.TZ = tz;
    const offsets: Record<string, number> = { UTC: 0, 'America/New_York': 300, 'Asia/Jakarta': -420 };
    expect(new Date('2025-01-15T12:00:00Z').getTimezoneOffset()).toBe(offsets[tz]);
  });
});

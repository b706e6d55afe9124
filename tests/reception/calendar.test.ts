import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  createWorkingCalendar,
  loadWorkingCalendar,
  type CalendarYear,
  type HolidaySource,
  type ServiceHours,
} from '../../src/reception/calendar/index.ts';

const folder = fileURLToPath(new URL('../../fixtures/calendar', import.meta.url));
const calendar = loadWorkingCalendar(folder);

describe('working calendar from the SKB data', () => {
  it('marks SKB holidays and cuti bersama as days off', () => {
    // Idulfitri 1446 H is Mon 31 Mar and Tue 1 Apr 2025, cuti bersama 2–4 and 7 Apr.
    for (const date of ['2025-03-31', '2025-04-01', '2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']) {
      expect(calendar.isWorkingDay(date), date).toBe(false);
    }
    expect(calendar.isWorkingDay('2025-04-08')).toBe(true);
    expect(calendar.holidayOn('2025-04-02')?.kind).toBe('cuti_bersama');
  });

  it('lets the SKB win over the library', () => {
    // date-holidays 3.37 puts 1 Muharam 1447 H on Thu 26 Jun 2025, but the SKB puts it on Fri 27 Jun.
    expect(calendar.isWorkingDay('2025-06-26')).toBe(true);
    expect(calendar.holidayOn('2025-06-26')).toBeNull();
    expect(calendar.holidayOn('2025-06-27')?.origin).toBe('laboratory');
    expect(calendar.holidayOn('2025-06-27')?.source).toContain('No. 1017 Tahun 2024');
  });

  it('cites the amending SKB for 18 August 2025', () => {
    const holiday = calendar.holidayOn('2025-08-18');
    expect(holiday?.kind).toBe('cuti_bersama');
    expect(holiday?.source).toContain('No. 933 Tahun 2025');
  });

  it('falls back to the library for a year without data', () => {
    expect(calendar.yearStatus(2026)).toBe('official');
    expect(calendar.yearStatus(2027)).toBe('library_only');
    expect(calendar.holidayOn('2027-01-01')?.origin).toBe('library');
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
  });

  it('keeps weekends off', () => {
    expect(calendar.isWorkingDay('2025-10-11')).toBe(false);
    expect(calendar.isWorkingDay('2025-10-12')).toBe(false);
    expect(calendar.isWorkingDay('2025-10-13')).toBe(true);
  });

  it('closes Monday to Thursday at 15:30 and Friday at 16:00', () => {
    // 15:30 WIB is 08:30 UTC and 16:00 WIB is 09:00 UTC.
    expect(calendar.closeOfService('2025-10-13').toISOString()).toBe('2025-10-13T08:30:00.000Z');
    expect(calendar.closeOfService('2025-10-16').toISOString()).toBe('2025-10-16T08:30:00.000Z');
    expect(calendar.closeOfService('2025-10-17').toISOString()).toBe('2025-10-17T09:00:00.000Z');
  });

  it('uses Ramadan hours inside Ramadan', () => {
    // Ramadan 1447 H runs 19 Feb to 20 Mar 2026: Thursday closes 15:00, Friday 15:30.
    expect(calendar.isRamadan('2026-03-05')).toBe(true);
    expect(calendar.closeOfService('2026-03-05').toISOString()).toBe('2026-03-05T08:00:00.000Z');
    expect(calendar.closeOfService('2026-03-06').toISOString()).toBe('2026-03-06T08:30:00.000Z');
    expect(calendar.isRamadan('2026-03-21')).toBe(false);
    expect(calendar.sessionsOn('2026-03-05')[0]?.open).toBe('08:00');
  });

  it('rejects close of service on a day off', () => {
    expect(() => calendar.closeOfService('2025-10-11')).toThrow(/not a working day/);
  });
});

describe('working calendar with a supplementing year file', () => {
  const hours: ServiceHours = {
    source: 'test',
    regular: { monday: [{ open: '08:00', close: '16:00' }], wednesday: [{ open: '08:00', close: '16:00' }] },
    ramadan: {},
  };
  const library: HolidaySource = (year) =>
    year === 2030 ? [{ date: '2030-01-07', name: 'Library holiday' }] : [];
  const supplement: CalendarYear = {
    year: 2030,
    status: 'estimated',
    replacesLibrary: false,
    source: 'test',
    days: [
      { date: '2030-01-07', kind: 'hari_kerja', name: 'Moved', source: 'test' },
      { date: '2030-01-09', kind: 'cuti_bersama', name: 'Leave', source: 'test' },
    ],
    ramadan: null,
  };

  it('removes a library holiday marked hari_kerja', () => {
    const merged = createWorkingCalendar({ years: [supplement], serviceHours: hours, library });
    expect(merged.isWorkingDay('2030-01-07')).toBe(true);
  });

  it('keeps library holidays the file does not touch', () => {
    const withoutCorrection = { ...supplement, days: [] };
    const merged = createWorkingCalendar({ years: [withoutCorrection], serviceHours: hours, library });
    expect(merged.holidayOn('2030-01-07')?.origin).toBe('library');
  });

  it('adds cuti bersama and skips closed weekdays', () => {
    // Mon 7 Jan is worked, Tue is closed by the hours, Wed 9 Jan is leave,
    // so the next open day is Mon 14 Jan.
    const merged = createWorkingCalendar({ years: [supplement], serviceHours: hours, library });
    expect(merged.nextWorkingDay('2030-01-07')).toBe('2030-01-14');
    expect(merged.yearStatus(2030)).toBe('estimated');
  });

  it('rejects a year given twice', () => {
    const build = () => createWorkingCalendar({ years: [supplement, supplement], serviceHours: hours, library });
    expect(build).toThrow(CalendarError);
    expect(build).toThrow(/2030 is given twice/);
  });

  it('rejects a day outside its year', () => {
    const stray = { ...supplement, days: [{ date: '2031-01-01', kind: 'cuti_bersama' as const, name: 'x', source: 'x' }] };
    const build = () => createWorkingCalendar({ years: [stray], serviceHours: hours, library });
    expect(build).toThrow(/lists 2031-01-01/);
  });

  it('gives up when no day is ever open', () => {
    const closed = createWorkingCalendar({ years: [], serviceHours: { ...hours, regular: {} }, library });
    expect(() => closed.nextWorkingDay('2030-01-01')).toThrow(/No working day within 60 days/);
  });
});

describe('calendar data files', () => {
  const copyFixtures = () => {
    const copy = mkdtempSync(join(tmpdir(), 'jitu-calendar-'));
    for (const name of ['2025.json', 'service-hours.json']) copyFileSync(join(folder, name), join(copy, name));
    return copy;
  };

  it('rejects a year file under another name', () => {
    const copy = copyFixtures();
    copyFileSync(join(folder, '2026.json'), join(copy, '2027.json'));
    expect(() => loadWorkingCalendar(copy)).toThrow(/2027.json contains year 2026/);
  });

  it('rejects overlapping service sessions', () => {
    const copy = copyFixtures();
    const hours = {
      source: 'test',
      regular: { monday: [{ open: '13:00', close: '15:30' }, { open: '07:30', close: '12:00' }] },
      ramadan: {},
    };
    writeFileSync(join(copy, 'service-hours.json'), JSON.stringify(hours));
    expect(() => loadWorkingCalendar(copy)).toThrow(/sessions must be in time order/);
  });

  it('rejects a malformed holiday date', () => {
    const copy = copyFixtures();
    const year = {
      year: 2026,
      status: 'official',
      replacesLibrary: true,
      source: 'x',
      ramadan: null,
      days: [{ date: '2026-02-30', kind: 'libur_nasional', name: 'x', source: 'x' }],
    };
    writeFileSync(join(copy, '2026.json'), JSON.stringify(year));
    const load = () => loadWorkingCalendar(copy);
    expect(load).toThrow(CalendarError);
    expect(load).toThrow(/expected a date as YYYY-MM-DD/);
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listOverdue, loadWorkingCalendar } from '../../src/reception/calendar/index.ts';

const folder = fileURLToPath(new URL('../../fixtures/calendar', import.meta.url));
const calendar = loadWorkingCalendar(folder);
const wib = (local: string) => new Date(`${local}:00+07:00`);

describe('listOverdue', () => {
  const items = [
    { id: 'A', dueAt: wib('2025-10-17T16:00') },
    { id: 'B', dueAt: wib('2025-10-20T15:30'), completedAt: wib('2025-10-20T11:00') },
    { id: 'C', dueAt: wib('2025-10-21T15:30') },
    { id: 'D', dueAt: wib('2025-10-14T15:30'), completedAt: null },
  ];
  const now = wib('2025-10-21T10:00');

  it('lists open items past due, oldest first', () => {
    // B is done and C is due later today, so D (due Tue 14) and A (due Fri 17) remain.
    const overdue = listOverdue(items, now, calendar);
    expect(overdue.map((entry) => entry.item.id)).toEqual(['D', 'A']);
  });

  it('counts the working days overdue', () => {
    // D: Wed 15, Thu 16, Fri 17, Mon 20, Tue 21 = 5. A: Mon 20, Tue 21 = 2.
    const overdue = listOverdue(items, now, calendar);
    expect(overdue[0]?.workingDaysOverdue).toBe(5);
    expect(overdue[1]?.workingDaysOverdue).toBe(2);
  });

  it('counts 0 days on the due date itself', () => {
    // Due Mon 20 Oct 15:30, checked at 16:00 the same day.
    const overdue = listOverdue([{ dueAt: wib('2025-10-20T15:30') }], wib('2025-10-20T16:00'), calendar);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.workingDaysOverdue).toBe(0);
  });

  it('skips holidays in the count', () => {
    // Due Thu 27 Mar 2025 and checked on Tue 8 Apr: the only working day between is Tue 8,
    // because 28 Mar to 7 Apr are Nyepi, Idulfitri, cuti bersama and weekends.
    const overdue = listOverdue([{ dueAt: wib('2025-03-27T15:00') }], wib('2025-04-08T09:00'), calendar);
    expect(overdue[0]?.workingDaysOverdue).toBe(1);
  });

  it('returns nothing before the due instant', () => {
    expect(listOverdue(items, wib('2025-10-14T15:29'), calendar)).toEqual([]);
  });
});

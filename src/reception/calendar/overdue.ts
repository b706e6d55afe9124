import { countWorkingDays } from './count-working-days.ts';
import type { WorkingCalendar } from './working-calendar.ts';

export interface DueItem {
  dueAt: Date;
  /** Instant the work was done. A completed item is never overdue. */
  completedAt?: Date | null;
}

export interface OverdueEntry<T extends DueItem> {
  item: T;
  /** Working days after the due date up to and including today, 0 on the due date itself. */
  workingDaysOverdue: number;
}

/** Lists the open items whose due instant has passed, the longest overdue first. */
export function listOverdue<T extends DueItem>(
  items: readonly T[],
  now: Date,
  calendar: WorkingCalendar,
): OverdueEntry<T>[] {
  return items
    .filter((item) => !item.completedAt && item.dueAt.getTime() < now.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())
    .map((item) => ({ item, workingDaysOverdue: countWorkingDays(item.dueAt, now, calendar) }));
}

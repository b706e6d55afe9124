import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { computeDueDate, workingDaysFor, type CompletionTimes, type WorkingCalendar } from './calendar/index.ts';
import { completionTimes, loadLabCalendar } from './lab-calendar.ts';
import type { TariffTable } from './quotation.ts';
import { readSettings, type ReceptionSettings } from './settings.ts';
import { readTariffTable } from './tariffs/tariff-store.ts';

/** Everything a registration reads besides its input, loaded before its transaction. */
export interface RegistrationContext {
  now: Date;
  settings: ReceptionSettings;
  tariffs: TariffTable;
  calendar: WorkingCalendar;
  completion: CompletionTimes;
}

export async function loadRegistrationContext(db: Kysely<Database>, now: Date): Promise<RegistrationContext> {
  return {
    now,
    settings: await readSettings(db),
    tariffs: await readTariffTable(db),
    calendar: await loadLabCalendar(db),
    completion: completionTimes(),
  };
}

export interface RequestDueDate {
  dueDate: string;
  dueAt: string;
  workingDays: number;
  receivedWithinServiceHours: boolean;
  /** True when a year in the span has no signed SKB entered, so the date may move. */
  estimated: boolean;
}

/**
 * Computes the due date of a request: the working days of its slowest
 * sample (commodity tier, raised by any method's minimum), counted on the
 * laboratory calendar from the receipt.
 */
export function dueDateFor(
  samples: readonly { commodity: string; methodIds: readonly string[] }[],
  receivedAt: Date,
  context: Pick<RegistrationContext, 'calendar' | 'completion'>,
): RequestDueDate {
  const workingDays = Math.max(...samples.map((sample) => workingDaysFor({ commodity: sample.commodity, methodIds: sample.methodIds }, context.completion)));
  const due = computeDueDate({ receivedAt, workingDays, calendar: context.calendar });
  return {
    dueDate: due.dueDate,
    dueAt: due.dueAt.toISOString(),
    workingDays,
    receivedWithinServiceHours: due.receivedWithinServiceHours,
    estimated: due.estimated,
  };
}

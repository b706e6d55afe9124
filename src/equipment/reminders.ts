import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import '../staff/tables.ts';
import './tables.ts';

export interface Reminder {
  kind: 'calibration' | 'accessory' | 'intermediate-check' | 'authorisation';
  /** Item that falls due, e.g. an instrument code or an analyst and method. */
  subject: string;
  dueOn: string;
  overdue: boolean;
  detail: string;
}

const DAY_MS = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function calibrationReminders(db: Kysely<Database>, limit: string) {
  const rows = await db
    .selectFrom('instruments as i')
    .leftJoin('calibrations as c', (join) => join.onRef('c.instrument_id', '=', 'i.id'))
    .select(['i.id', 'i.code', 'c.due_on', 'c.certificate_number', 'c.calibrated_on', 'c.id as calibration_id'])
    .where('i.status', '=', 'in_service')
    .orderBy('c.calibrated_on', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  const latest = new Map<number, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.id)) latest.set(row.id, row);
  return [...latest.values()]
    .filter((r) => r.due_on === null || r.due_on <= limit)
    .map((r) => ({ kind: 'calibration' as const, subject: r.code, dueOn: r.due_on ?? '', detail: r.due_on ? `certificate ${r.certificate_number}` : 'no calibration on record' }));
}

async function checkReminders(db: Kysely<Database>, limitMs: number) {
  const instruments = await db.selectFrom('instruments').select(['id', 'code', 'check_interval_days']).where('status', '=', 'in_service').where('check_interval_days', 'is not', null).execute();
  const reminders = [];
  for (const instrument of instruments) {
    const passed = await db.selectFrom('intermediate_checks').select('checked_at').where('instrument_id', '=', instrument.id).where('passed', '=', 1).orderBy('checked_at', 'desc').limit(1).executeTakeFirst();
    const dueMs = passed ? Date.parse(passed.checked_at) + instrument.check_interval_days! * DAY_MS : 0;
    if (dueMs > limitMs) continue;
    const detail = passed ? `every ${instrument.check_interval_days} day(s); last passed ${passed.checked_at}` : 'no passed check on record';
    reminders.push({ kind: 'intermediate-check' as const, subject: instrument.code, dueOn: passed ? dateOf(dueMs) : '', detail });
  }
  return reminders;
}

async function accessoryReminders(db: Kysely<Database>, limit: string) {
  const rows = await db.selectFrom('equipment_accessories').select(['code', 'due_on', 'kind']).where('status', '=', 'in_service').where('due_on', '<=', limit).execute();
  return rows.map((r) => ({ kind: 'accessory' as const, subject: r.code, dueOn: r.due_on!, detail: r.kind }));
}

async function authorisationReminders(db: Kysely<Database>, today: string, limit: string) {
  const rows = await db
    .selectFrom('analyst_authorisations as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['u.username', 'a.method_id', 'a.expires_on'])
    .where('a.revoked_at', 'is', null)
    .where('a.expires_on', 'is not', null)
    .where('a.expires_on', '>=', today)
    .where('a.expires_on', '<=', limit)
    .execute();
  return rows.map((r) => ({ kind: 'authorisation' as const, subject: `${r.username} / ${r.method_id}`, dueOn: r.expires_on!, detail: 'authorisation expires' }));
}

/**
 * Lists what falls due within `days` days, overdue items included:
 * calibrations of instruments in service, accessories due for
 * recalibration or expiry, intermediate checks of instruments with a check
 * interval, and analyst authorisations that expire. An item without a due
 * date (never calibrated, never checked) is overdue. Sorted by due date.
 */
export async function listReminders(db: Kysely<Database>, days: number, now = new Date()): Promise<Reminder[]> {
  const today = dateOf(now.getTime());
  const limitMs = now.getTime() + days * DAY_MS;
  const limit = dateOf(limitMs);
  const items = [
    ...(await calibrationReminders(db, limit)),
    ...(await checkReminders(db, limitMs)),
    ...(await accessoryReminders(db, limit)),
    ...(await authorisationReminders(db, today, limit)),
  ];
  return items
    .map((item) => ({ ...item, overdue: item.dueOn === '' || item.dueOn < today }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.subject.localeCompare(b.subject));
}

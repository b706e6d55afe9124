import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { readSettings } from '../settings.ts';
import { keepUntil } from './retention-period.ts';
import '../records/tables.ts';

export interface DueSample {
  sampleId: number;
  code: string;
  description: string;
  requestNumber: string;
  customerName: string;
  status: string;
  /** Why it is listed: rejected and not yet returned, or kept past the retention period. */
  reason: 'rejected' | 'retention_ended';
  reportIssuedAt: string | null;
  keepUntil: string | null;
}

/**
 * Lists the samples due for return or disposal at `now`: rejected samples
 * not yet returned, and samples whose first report was issued more than the
 * retention days ago, in neither case with a return or disposal on record.
 */
export async function listDueForDisposition(db: Kysely<Database>, now: Date): Promise<DueSample[]> {
  const { retentionDays } = await readSettings(db);
  const rows = await db
    .selectFrom('samples')
    .innerJoin('test_requests', 'test_requests.id', 'samples.request_id')
    .innerJoin('customers', 'customers.id', 'test_requests.customer_id')
    .leftJoin('sample_dispositions', 'sample_dispositions.sample_id', 'samples.id')
    .select((eb) => [
      'samples.id', 'samples.code', 'samples.description', 'samples.status',
      'test_requests.number', 'customers.name',
      eb.selectFrom('reports').select((r) => r.fn.min('issued_at').as('issued')).whereRef('reports.request_id', '=', 'test_requests.id').as('issued_at'),
    ])
    .where('sample_dispositions.id', 'is', null)
    .orderBy('samples.id')
    .execute();
  const due: DueSample[] = [];
  for (const row of rows) {
    const base = { sampleId: row.id, code: row.code, description: row.description, requestNumber: row.number, customerName: row.name, status: row.status };
    if (row.status === 'rejected') {
      due.push({ ...base, reason: 'rejected', reportIssuedAt: null, keepUntil: null });
      continue;
    }
    if (!row.issued_at) continue;
    const until = keepUntil(new Date(row.issued_at), retentionDays);
    if (until <= now) due.push({ ...base, reason: 'retention_ended', reportIssuedAt: row.issued_at, keepUntil: until.toISOString() });
  }
  return due;
}

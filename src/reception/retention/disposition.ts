import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../../audit/chain.ts';
import type { Database, Sample } from '../../db/schema.ts';
import { JituError, invalidInput, wrongState } from '../../errors.ts';
import { readSettings } from '../settings.ts';
import { firstReportIssuedAt, keepUntil } from './retention-period.ts';
import '../records/tables.ts';

export interface DispositionInput {
  kind: 'returned' | 'disposed';
  /** How: collected at the desk, sent by courier, destroyed, recycled, … */
  manner: string;
  /** Name of the person who took a returned sample; required for a return. */
  recipientName?: string;
  /** When it happened; now when absent. */
  performedAt?: string;
}

async function checkRetention(trx: Kysely<Database>, sample: Sample, kind: DispositionInput['kind'], now: Date): Promise<void> {
  if (sample.status === 'rejected') return;
  const issuedAt = await firstReportIssuedAt(trx, sample.request_id);
  if (!issuedAt) throw wrongState('sample', sample.code, `${sample.status}, no report issued`, ['rejected', 'reported']);
  const until = keepUntil(issuedAt, (await readSettings(trx)).retentionDays);
  if (kind === 'disposed' && now < until) {
    throw new JituError('CONFLICT', { detail: `sample ${sample.code} must be kept until ${until.toISOString()}; return it to the customer instead, or dispose of it after that` });
  }
}

/**
 * Records the return of a sample to the customer or its disposal. A rejected
 * sample may be returned at once. A tested one may be returned after its
 * report is issued, and disposed of only once the retention period has passed.
 */
export async function recordDisposition(trx: Kysely<Database>, sample: Sample, input: DispositionInput, userId: number, now: Date) {
  if (input.kind === 'returned' && !input.recipientName) {
    throw invalidInput('recipientName', 'name the person who took the sample back');
  }
  const performedAt = input.performedAt ? new Date(input.performedAt) : now;
  if (performedAt > now) throw invalidInput('performedAt', `${input.performedAt} is in the future`);
  const done = await trx.selectFrom('sample_dispositions').select(['kind', 'performed_at']).where('sample_id', '=', sample.id).executeTakeFirst();
  if (done) throw new JituError('CONFLICT', { detail: `sample ${sample.code} was already ${done.kind} on ${done.performed_at}` });
  await checkRetention(trx, sample, input.kind, now);
  const row = {
    sample_id: sample.id,
    kind: input.kind,
    manner: input.manner,
    recipient_name: input.recipientName ?? null,
    performed_at: performedAt.toISOString(),
    recorded_by: userId,
    recorded_at: now.toISOString(),
  };
  const inserted = await trx.insertInto('sample_dispositions').values(row).returning('id').executeTakeFirstOrThrow();
  await appendAuditEvent(trx, { userId, action: `sample.${input.kind}`, entityType: 'sample', entityId: sample.id, after: row });
  return { id: inserted.id, ...row };
}

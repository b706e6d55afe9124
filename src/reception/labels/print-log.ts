import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { invalidInput } from '../../errors.ts';
import '../records/tables.ts';

export interface LabelPrint {
  requestId: number;
  sampleId: number | null;
  format: 'pdf' | 'zpl';
  codes: string[];
  widthMm: number;
  heightMm: number;
  /** Reason for printing again; required for a reprint. */
  reason?: string | undefined;
}

async function printedBefore(db: Kysely<Database>, requestId: number, codes: readonly string[]): Promise<string[]> {
  const rows = await db.selectFrom('label_prints').select('codes').where('request_id', '=', requestId).execute();
  const printed = new Set(rows.flatMap((row) => JSON.parse(row.codes) as string[]));
  return codes.filter((code) => printed.has(code));
}

/**
 * Logs a label print with an audit event. Printing a label whose code was
 * printed before is a reprint and needs a reason, so a second label for
 * the same sample never appears unexplained.
 */
export async function logLabelPrint(db: Kysely<Database>, print: LabelPrint, userId: number, now: Date): Promise<{ id: number; reprint: boolean }> {
  return db.transaction().execute(async (trx) => {
    const again = await printedBefore(trx, print.requestId, print.codes);
    const reprint = again.length > 0;
    if (reprint && !print.reason) {
      throw invalidInput('reason', `labels ${again.slice(0, 3).join(', ')}${again.length > 3 ? ', …' : ''} were printed before; give the reason for the reprint`);
    }
    const row = {
      request_id: print.requestId,
      sample_id: print.sampleId,
      format: print.format,
      codes: JSON.stringify(print.codes),
      width_mm: print.widthMm,
      height_mm: print.heightMm,
      reprint: reprint ? 1 : 0,
      reason: print.reason ?? null,
      printed_by: userId,
      printed_at: now.toISOString(),
    };
    const inserted = await trx.insertInto('label_prints').values(row).returning('id').executeTakeFirstOrThrow();
    const after = { ...row, codes: print.codes };
    await appendAuditEvent(trx, { userId, action: reprint ? 'labels.reprint' : 'labels.print', entityType: 'test_request', entityId: print.requestId, after });
    return { id: inserted.id, reprint };
  });
}

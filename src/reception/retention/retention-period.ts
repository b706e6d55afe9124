import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

const DAY_MS = 86_400_000;

/** Returns when the first report of the request was issued, or null before that. */
export async function firstReportIssuedAt(db: Kysely<Database>, requestId: number): Promise<Date | null> {
  const row = await db
    .selectFrom('reports')
    .select((eb) => eb.fn.min('issued_at').as('issued_at'))
    .where('request_id', '=', requestId)
    .executeTakeFirst();
  return row?.issued_at ? new Date(row.issued_at) : null;
}

/** Returns the instant until which a sample is kept: the report's issue plus the retention days. */
export function keepUntil(reportIssuedAt: Date, retentionDays: number): Date {
  return new Date(reportIssuedAt.getTime() + retentionDays * DAY_MS);
}

import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface VerificationAnswer {
  genuine: boolean;
  number: string;
  status: 'current' | 'superseded' | null;
  revision: number | null;
  issuedAt: string | null;
  supersededBy: string | null;
}

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Answers whether a report number with its QR code is genuine, and whether
 * that revision is still current. It reveals nothing beyond the report's
 * identity and status, and the same "not genuine" for an unknown number and
 * a wrong code.
 */
export async function verifyReport(db: Kysely<Database>, number: string, code: string): Promise<VerificationAnswer> {
  const report = await db
    .selectFrom('reports')
    .select(['id', 'number', 'revision', 'status', 'issued_at', 'verification_code'])
    .where('number', '=', number)
    .executeTakeFirst();
  if (!report || !sameCode(report.verification_code, code)) {
    return { genuine: false, number, status: null, revision: null, issuedAt: null, supersededBy: null };
  }
  const successor = await db.selectFrom('reports').select('number').where('replaces_id', '=', report.id).executeTakeFirst();
  return {
    genuine: true,
    number: report.number,
    status: report.status === 'superseded' ? 'superseded' : 'current',
    revision: report.revision,
    issuedAt: report.issued_at,
    supersededBy: successor?.number ?? null,
  };
}

import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { LhuData, LhuResultRow, LhuSample, Signatory } from '../../templates/lhu-data.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { jakartaDateOf } from '../reception/calendar/jakarta-time.ts';
import { DECISION_RULE_STATEMENTS, laboratoryIdentity } from './laboratory.ts';

// Dates on the LHU are calendar dates in Indonesian western time (WIB),
// the laboratory's own, so a report issued after midnight WIB carries that day.
const day = (iso: string) => jakartaDateOf(new Date(iso));

const ROLE_TITLES: Record<string, { id: string; en: string }> = {
  supervisor: { id: 'Penyelia', en: 'Supervisor' },
  technical_manager: { id: 'Manajer Teknis', en: 'Technical Manager' },
};

function conditioningText(methodIds: string[]): string {
  const method = methodIds.map((id) => getMethod(id)).find((m) => m?.conditioning);
  const c = method?.conditioning;
  if (!c) return '-';
  const humidity = c.humidityPct ? `; ${c.humidityPct} ± ${c.humidityTolerancePct} % RH` : '';
  return `${c.temperatureC} ± ${c.temperatureToleranceC} °C${humidity}; ${c.minimumHours} jam / ${c.minimumHours} h`;
}

/** Collects everything the LHU prints for a request from the validated results. */
export async function assembleLhu(
  db: Kysely<Database>,
  requestId: number,
  numbering: { reportNumber: string; revision: number; amendment: LhuData['amendment']; verificationUrl: string },
): Promise<LhuData> {
  const request = await db.selectFrom('test_requests').selectAll().where('id', '=', requestId).executeTakeFirst();
  if (!request) throw notFound('request', requestId);
  const customer = await db.selectFrom('customers').selectAll().where('id', '=', request.customer_id).executeTakeFirstOrThrow();
  const samples = await db.selectFrom('samples').selectAll().where('request_id', '=', requestId).where('status', '=', 'accepted').execute();
  const rows = await db
    .selectFrom('results')
    .innerJoin('requested_parameters as p', 'p.id', 'results.parameter_id')
    .innerJoin('samples as s', 's.id', 'p.sample_id')
    .innerJoin('test_runs as t', 't.id', 'results.run_id')
    .select(['results.id', 'results.value', 'results.unit', 'results.uncertainty', 'results.requirement', 'results.verdict', 'results.method_id', 's.code', 't.started_at', 't.finished_at'])
    .where('s.request_id', '=', requestId)
    .where('results.current', '=', 1)
    .where('p.status', 'in', ['validated', 'reported'])
    .orderBy('s.code')
    .orderBy('p.id')
    .execute();
  const results: LhuResultRow[] = rows.map((row) => {
    const method = getMethod(row.method_id);
    return {
      sampleCode: row.code,
      parameter: method?.title ?? { id: row.method_id, en: row.method_id },
      method: { standard: method?.standard ?? row.method_id, clause: method?.clause ?? null },
      unit: row.unit,
      value: row.value,
      uncertainty: row.uncertainty,
      requirement: row.requirement,
      verdict: (row.verdict as LhuResultRow['verdict']) ?? null,
      accredited: method?.accredited ?? false,
    };
  });
  const starts = rows.map((r) => r.started_at).sort();
  const ends = rows.map((r) => r.finished_at ?? r.started_at).sort();
  const signatories = await loadSignatories(db, rows.map((r) => r.id));
  const rule = request.decision_rule === 'guarded' ? 'guarded' : 'simple';
  return {
    ...numbering,
    issueDate: day(new Date().toISOString()),
    laboratory: laboratoryIdentity(),
    customer: { name: customer.name, address: customer.address ?? '-' },
    requestNumber: request.number,
    samples: samples.map((s): LhuSample => ({
      code: s.code,
      description: s.description,
      brandModel: [s.brand, s.model].filter(Boolean).join(' / ') || null,
      size: s.size,
      colour: s.colour,
      material: s.material,
      receivedDate: day(request.received_at),
      condition: s.condition ?? 'Baik, sesuai syarat / Good, accepted',
    })),
    testing: { start: day(starts[0] ?? request.received_at), end: day(ends.at(-1) ?? request.received_at) },
    results,
    conditioningAtmosphere: conditioningText(rows.map((r) => r.method_id)),
    decisionRule: { kind: rule, statement: DECISION_RULE_STATEMENTS[rule] },
    signatories,
    language: 'bilingual',
  };
}

/** Loads the last approving verifier and validator of the results, with the time of their decision. */
async function loadSignatories(db: Kysely<Database>, resultIds: number[]): Promise<Signatory[]> {
  if (resultIds.length === 0) return [];
  const reviews = await db
    .selectFrom('reviews')
    .innerJoin('users', 'users.id', 'reviews.reviewer_id')
    .select(['reviews.stage', 'reviews.reviewed_at', 'users.full_name'])
    .where('reviews.result_id', 'in', resultIds)
    .where('reviews.decision', '=', 'approve')
    .orderBy('reviews.reviewed_at', 'desc')
    .execute();
  const signatories: Signatory[] = [];
  for (const [stage, role] of [['verification', 'supervisor'], ['validation', 'technical_manager']] as const) {
    const latest = reviews.find((r) => r.stage === stage);
    const action = stage === 'verification' ? 'verified' : 'validated';
    if (latest) signatories.push({ name: latest.full_name, role: ROLE_TITLES[role]!, validatedAt: latest.reviewed_at, action });
  }
  return signatories;
}

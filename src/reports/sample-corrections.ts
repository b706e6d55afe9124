import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database, Report } from '../db/schema.ts';
import { invalidInput } from '../errors.ts';

/** Sample fields printed on the LHU that an amendment may correct. */
export const CORRECTABLE_SAMPLE_FIELDS = ['description', 'brand', 'model', 'size', 'colour', 'material', 'condition'] as const;

export type CorrectableSampleField = (typeof CORRECTABLE_SAMPLE_FIELDS)[number];

export interface SampleCorrection {
  sampleId: number;
  field: CorrectableSampleField;
  /** New value; null clears an optional field. */
  value: string | null;
}

export interface AppliedCorrection extends SampleCorrection {
  code: string;
  before: string | null;
}

/**
 * Corrects sample details of an issued report's request, each change in the
 * audit trail with the amendment's reason. Only the amendment path calls
 * this, so sample details change only together with a new revision.
 */
export async function correctSamples(
  db: Kysely<Database>,
  report: Report,
  corrections: SampleCorrection[],
  context: { userId: number; reason: string; newNumber: string },
): Promise<AppliedCorrection[]> {
  const applied: AppliedCorrection[] = [];
  for (const [index, correction] of corrections.entries()) {
    const sample = await db.selectFrom('samples').selectAll().where('id', '=', correction.sampleId).executeTakeFirst();
    if (!sample || sample.request_id !== report.request_id) {
      throw invalidInput(`sampleCorrections.${index}.sampleId`, `sample ${correction.sampleId} is not part of report ${report.number}`);
    }
    if (correction.field === 'description' && !correction.value) {
      throw invalidInput(`sampleCorrections.${index}.value`, 'the sample description cannot be empty');
    }
    const before = sample[correction.field];
    await db.updateTable('samples').set({ [correction.field]: correction.value }).where('id', '=', sample.id).execute();
    await appendAuditEvent(db, {
      userId: context.userId,
      action: 'sample.correct',
      entityType: 'sample',
      entityId: sample.id,
      before: { [correction.field]: before },
      after: { [correction.field]: correction.value, reason: context.reason, amendment: context.newNumber },
    });
    applied.push({ ...correction, code: sample.code, before });
  }
  return applied;
}

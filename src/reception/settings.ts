import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import './records/tables.ts';
import { parseCodePattern } from './sample-code.ts';

/** Laboratory settings of the reception desk, with their defaults. */
export const receptionSettingsSchema = z.object({
  /** Sample code scheme; `{seq:N}` pads the sequence to N digits. */
  sampleCodePattern: z
    .string()
    .trim()
    .min(5)
    .max(60)
    .refine((pattern) => parseCodePattern(pattern).ok, {
      message: 'the pattern needs {seq} or {seq:N} and may use {year}, {yy} and {commodity}',
    }),
  /** Days a sample is kept after its report is issued, before return or disposal. */
  retentionDays: z.number().int().min(0).max(3650),
});
export type ReceptionSettings = z.infer<typeof receptionSettingsSchema>;

export const DEFAULT_SETTINGS: ReceptionSettings = {
  sampleCodePattern: 'JU-{year}-{commodity}-{seq:5}',
  retentionDays: 30,
};

/** Reads the settings, falling back to the defaults for keys never set. */
export async function readSettings(db: Kysely<Database>): Promise<ReceptionSettings> {
  const rows = await db.selectFrom('reception_settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
  return receptionSettingsSchema.parse({ ...DEFAULT_SETTINGS, ...stored });
}

/** Stores changed settings with an audit event holding the values before and after. */
export async function updateSettings(
  db: Kysely<Database>,
  changes: Partial<ReceptionSettings>,
  userId: number,
  at: Date,
): Promise<ReceptionSettings> {
  return db.transaction().execute(async (trx) => {
    const before = await readSettings(trx);
    for (const [key, value] of Object.entries(changes)) {
      const row = { key, value: JSON.stringify(value), updated_by: userId, updated_at: at.toISOString() };
      await trx
        .insertInto('reception_settings')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_by: userId, updated_at: row.updated_at }))
        .execute();
    }
    const after = await readSettings(trx);
    await appendAuditEvent(trx, { userId, action: 'reception.settings', entityType: 'reception_settings', entityId: 'reception', before, after });
    return after;
  });
}

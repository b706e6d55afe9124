import type { Kysely, Selectable } from 'kysely';
import { appendAuditEvent } from '../../audit/chain.ts';
import type { Database } from '../../db/schema.ts';
import { invalidInput } from '../../errors.ts';
import { tariffTableSchema, type Tariff, type TariffTable } from '../quotation.ts';
import type { TariffsTable } from '../records/tables.ts';
import '../records/tables.ts';

/** Regulation behind the tariffs kept in the database. */
export const TARIFF_REGULATION =
  'Peraturan Pemerintah No. 54 Tahun 2021 tentang Jenis dan Tarif atas Jenis PNBP pada Kementerian Perindustrian';

function toTariff(row: Selectable<TariffsTable>): Tariff {
  return {
    methodId: row.method_id,
    name: row.name,
    unit: row.unit as Tariff['unit'],
    amount: row.amount,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
    source: row.source,
    ...(row.note === null ? {} : { note: row.note }),
  };
}

export async function listTariffRows(db: Kysely<Database>): Promise<Selectable<TariffsTable>[]> {
  return db.selectFrom('tariffs').selectAll().orderBy('method_id').orderBy('effective_from').execute();
}

/** Reads every stored tariff row as the table `quote` prices with. */
export async function readTariffTable(db: Kysely<Database>): Promise<TariffTable> {
  const rows = await listTariffRows(db);
  return { regulation: TARIFF_REGULATION, tariffs: rows.map(toTariff) };
}

/**
 * Adds a tariff row. A row that overlaps another of the same method is
 * rejected: close the current row first by adding it again with its
 * `effectiveTo`, or start the new row after it.
 */
export async function addTariff(db: Kysely<Database>, tariff: Tariff, userId: number | null, at: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const existing = await readTariffTable(trx);
    const open = existing.tariffs.filter((row) => row.methodId === tariff.methodId && row.effectiveTo === null);
    const closable = open.find((row) => row.effectiveFrom < tariff.effectiveFrom);
    // A new row may close the open-ended row before it: that row ends the day before.
    if (closable) await closeOpenTariff(trx, tariff.methodId, tariff.effectiveFrom, userId);
    const checked = tariffTableSchema.safeParse(await readTariffTable(trx).then((t) => ({ ...t, tariffs: [...t.tariffs, tariff] })));
    if (!checked.success) throw invalidInput('effectiveFrom', checked.error.issues.map((issue) => issue.message).join('; '));
    const row = await trx
      .insertInto('tariffs')
      .values({
        method_id: tariff.methodId,
        name: tariff.name,
        unit: tariff.unit,
        amount: tariff.amount,
        effective_from: tariff.effectiveFrom,
        effective_to: tariff.effectiveTo,
        source: tariff.source,
        note: tariff.note ?? null,
        created_by: userId,
        created_at: at.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId, action: 'tariff.add', entityType: 'tariff', entityId: row.id, after: tariff });
    return row.id;
  });
}

async function closeOpenTariff(trx: Kysely<Database>, methodId: string, nextFrom: string, userId: number | null): Promise<void> {
  const lastDay = new Date(`${nextFrom}T00:00:00Z`);
  lastDay.setUTCDate(lastDay.getUTCDate() - 1);
  const effectiveTo = lastDay.toISOString().slice(0, 10);
  const open = await trx
    .selectFrom('tariffs')
    .select(['id', 'effective_to'])
    .where('method_id', '=', methodId)
    .where('effective_to', 'is', null)
    .executeTakeFirstOrThrow();
  await trx.updateTable('tariffs').set({ effective_to: effectiveTo }).where('id', '=', open.id).execute();
  await appendAuditEvent(trx, { userId, action: 'tariff.close', entityType: 'tariff', entityId: open.id, before: { effectiveTo: null }, after: { effectiveTo } });
}

/** Stores every row of a tariff table, e.g. the demo table of `fixtures/tariffs`. */
export async function seedTariffs(db: Kysely<Database>, table: TariffTable, userId: number | null, at: Date): Promise<void> {
  for (const tariff of table.tariffs) await addTariff(db, tariff, userId, at);
}

import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { loadTariffTable } from '../quotation.ts';
import { seedTariffs } from './tariff-store.ts';

/** Demo tariff table; its amounts are illustrative, see its `note`. */
export const DEMO_TARIFFS_FILE = fileURLToPath(new URL('../../../fixtures/tariffs/pnbp-2021.json', import.meta.url));

/** Stores the demo tariffs in an empty database. */
export async function seedDemoTariffs(db: Kysely<Database>, userId: number): Promise<void> {
  await seedTariffs(db, loadTariffTable(DEMO_TARIFFS_FILE), userId, new Date());
}

import { Migrator, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import { migrations } from './migrations/index.ts';

/** Applies every migration not yet applied; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const outcome = await migrator.migrateToLatest();
  if (outcome.error) {
    const failed = outcome.results?.find((result) => result.status === 'Error');
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`database migration ${name} failed: ${String(outcome.error)}`, {
      cause: outcome.error,
    });
  }
  return outcome;
}

import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Runs `work` in a SQLite `BEGIN IMMEDIATE` transaction, which takes the
 * write lock at once. Two connections on the same file then queue on the
 * busy timeout instead of failing with SQLITE_BUSY when a read inside the
 * transaction is followed by a write.
 */
export async function immediateTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      const outcome = await work(connection);
      await sql`COMMIT`.execute(connection);
      return outcome;
    } catch (error) {
      await sql`ROLLBACK`.execute(connection);
      throw error;
    }
  });
}

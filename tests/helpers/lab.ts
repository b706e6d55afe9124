import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { loginDemoStaff, type FlowClients } from '../../src/demo/abrasion-flow.ts';
import { seedDemoLab, type SeededLab } from '../../src/demo/seed.ts';

export interface TestLab {
  app: FastifyInstance;
  db: Db;
  lab: SeededLab;
  clients: FlowClients;
  config: Config;
  databaseFile: string;
  close(): Promise<void>;
}

/**
 * Builds the service on a fresh SQLite file in a temporary folder, seeded
 * with the demo laboratory, and logs in one client per role.
 */
export async function buildTestLab(options: { balancePort?: string | null; config?: Partial<Config> } = {}): Promise<TestLab> {
  const dir = mkdtempSync(join(tmpdir(), 'jitu-test-'));
  const databaseFile = join(dir, 'jitu.sqlite');
  // Samples arrive two days before "now" unless a test sets its own clock,
  // so that specimens can have been conditioned for a day before a run.
  const clock = () => new Date(Date.now() - 48 * 3600_000);
  const config = { ...loadConfig({ JITU_DATA_DIR: dir }, dir), databaseFile, clock, ...options.config };
  const db = openDatabase(databaseFile);
  await migrateToLatest(db);
  const lab = await seedDemoLab(db, options.balancePort ?? null);
  const app = await buildApp({ config, db });
  await app.ready();
  const clients = await loginDemoStaff(app, lab);
  return {
    app,
    db,
    lab,
    clients,
    config,
    databaseFile,
    close: async () => {
      await app.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The user id of a demo account. */
export const userId = (lab: SeededLab, username: string) => lab.credentials.find((c) => c.username === username)!.user.id;

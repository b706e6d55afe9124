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
  const config = { ...loadConfig({ JITU_DATA_DIR: dir }, dir), databaseFile, ...options.config };
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

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { openDatabase, type Db } from '../../../src/db/database.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedDemoLab, type SeededLab } from '../../../src/demo/seed.ts';
import { createGatewayKey } from '../../../src/gateway/service/keys.ts';

/**
 * The real service on 127.0.0.1 over a temporary SQLite file, which can be
 * stopped and started again on the same file and port.
 */
export interface RestartableService {
  dir: string;
  lab: SeededLab;
  app(): FastifyInstance;
  db(): Db;
  /** `ws://127.0.0.1:PORT`. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the service and deletes its folder. */
  close(): Promise<void>;
}

export async function startRestartableService(): Promise<RestartableService> {
  const dir = mkdtempSync(join(tmpdir(), 'jitu-gateway-'));
  const databaseFile = join(dir, 'jitu.sqlite');
  const config = { ...loadConfig({ JITU_DATA_DIR: dir }, dir), databaseFile };
  let db: Db | undefined = openDatabase(databaseFile);
  await migrateToLatest(db);
  const lab = await seedDemoLab(db, null);
  let app: FastifyInstance | undefined;
  let port = 0;

  const start = async () => {
    db ??= openDatabase(databaseFile);
    app = await buildApp({ config, db });
    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    if (typeof address === 'object' && address) port = address.port;
  };
  const stop = async () => {
    await app?.close();
    await db?.destroy();
    app = undefined;
    db = undefined;
  };
  await start();
  return {
    dir,
    lab,
    app: () => app!,
    db: () => db!,
    get url() {
      return `ws://127.0.0.1:${port}`;
    },
    start,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a gateway key for instrument codes as the demo admin; returns the key. */
export async function issueKey(service: RestartableService, instruments: string[]): Promise<string> {
  const admin = service.lab.credentials[0]!.user.id;
  const created = await createGatewayKey(service.db(), { name: 'Bench PC Lab Fisis', instruments }, admin);
  return created.key;
}

/** Polls an async check until it passes; throws naming `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { countUsers, createUser } from './auth/users.ts';
import type { Config } from './config.ts';
import { openDatabase, type Db } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemoLab } from './demo/seed.ts';
import { startDemoInstruments, type DemoInstruments } from './demo/instruments.ts';

export interface ServiceOptions {
  /** Seed the demo laboratory into an empty database (default true). */
  demo: boolean;
  env: NodeJS.ProcessEnv;
  /** Output for the generated passwords, shown once; they never go to the log. */
  announce: (text: string) => void;
}

export interface RunningService {
  app: FastifyInstance;
  db: Db;
  url: string;
  stop(): Promise<void>;
}

async function firstAdminFromEnv(db: Db, env: NodeJS.ProcessEnv): Promise<boolean> {
  const username = env.JITU_ADMIN_USER;
  const password = env.JITU_ADMIN_PASSWORD;
  if (!username || !password) return false;
  if (password.length < 12) throw new Error('JITU_ADMIN_PASSWORD must have at least 12 characters');
  await createUser(db, { username, fullName: env.JITU_ADMIN_NAME ?? username, password, roles: ['admin'] }, null);
  return true;
}

/**
 * Opens the database, applies migrations, creates the first accounts on an
 * empty database, connects the instruments and listens.
 */
export async function startService(config: Config, options: ServiceOptions): Promise<RunningService> {
  const db = openDatabase(config.databaseFile);
  await migrateToLatest(db);
  let simulators: DemoInstruments | null = null;
  if ((await countUsers(db)) === 0 && !(await firstAdminFromEnv(db, options.env))) {
    if (!options.demo) throw new Error('the database has no users: set JITU_ADMIN_USER and JITU_ADMIN_PASSWORD, or run `jitu user add`');
    simulators = await startDemoInstruments();
    const lab = await seedDemoLab(db, simulators.balancePort);
    options.announce(['Demo accounts (passwords are shown only this once):', ...lab.credentials.map((c) => `  ${c.username.padEnd(10)} ${c.password}  (${c.user.roles.join(', ')})`)].join('\n'));
  } else if (options.demo) {
    simulators = await startDemoInstruments(await demoBalancePort(db));
  }
  const app = await buildApp({ config, db, logger: loggerOptions(config) });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    await simulators?.stop();
    await db.destroy();
    throw error;
  }
  await app.instrumentLinks.startAll();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    db,
    url: `http://${config.host}:${port}`,
    stop: async () => {
      await app.close();
      await simulators?.stop();
      await db.destroy();
    },
  };
}

// The report verification code in a QR link proves a printout genuine, so
// it stays out of the request log.
const redactUrl = (url: string) => url.replace(/([?&]code=)[^&]*/g, '$1[redacted]');

function loggerOptions(config: Config) {
  return {
    level: config.logLevel,
    serializers: {
      req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, url: redactUrl(request.url), remoteAddress: request.ip }),
    },
  };
}

/** Returns the demo balance's loopback port from an earlier run, so its simulator can listen there again. */
async function demoBalancePort(db: Db): Promise<string | undefined> {
  const row = await db.selectFrom('instruments').select('port').where('code', '=', 'NRC-01').executeTakeFirst();
  return row?.port?.startsWith('tcp://127.0.0.1:') ? row.port : undefined;
}

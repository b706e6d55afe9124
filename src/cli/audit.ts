import { verifyAuditChain } from '../audit/verify.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { UsageError, type Command } from './io.ts';

export const run: Command = async (args, io) => {
  if (args[0] !== 'verify' || args.length > 1) throw new UsageError('usage: jitu audit verify');
  const config = loadConfig(io.env, io.cwd);
  const db = openDatabase(config.databaseFile);
  try {
    await migrateToLatest(db);
    const status = await verifyAuditChain(db, (checked) => {
      if (checked % 100_000 === 0) io.stderr.write(`checked ${checked} events\n`);
    });
    if (status.intact) {
      io.stdout.write(`audit chain intact: ${status.events} events, last hash ${status.lastHash}\n`);
      return 0;
    }
    const broken = status.firstBreak!;
    io.stdout.write(`audit chain broken at event ${broken.eventId}: ${broken.reason} (${status.events} events before it are intact)\n`);
    return 1;
  } finally {
    await db.destroy();
  }
};

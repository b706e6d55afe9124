import { existsSync } from 'node:fs';
import { verifyRecords, type VerificationResult } from '../audit/verification.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { UsageError, type CliIo, type Command } from './io.ts';

function printResult(result: VerificationResult, io: CliIo): void {
  const broken = result.firstBreak;
  if (broken) {
    const detail = broken.detail ? `: ${broken.detail}` : '';
    io.stdout.write(`audit chain broken at event ${broken.eventId}: ${broken.reason} (${result.events} events before it are intact)${detail}\n`);
    return;
  }
  io.stdout.write(`audit chain intact: ${result.events} events, last hash ${result.lastHash}\n`);
  const records = result.records!;
  const mismatch = records.firstMismatch;
  if (mismatch) {
    io.stdout.write(`records differ from the audit trail: ${mismatch.table} row ${mismatch.rowId}, column ${mismatch.column}: ${mismatch.detail}\n`);
    return;
  }
  io.stdout.write(`records match the audit trail: ${records.reports} reports, ${records.results} results\n`);
  io.stdout.write(`chain head written to ${result.anchorFile.path}\n`);
}

export const run: Command = async (args, io) => {
  if (args[0] !== 'verify' || args.length > 1) throw new UsageError('usage: jitu audit verify');
  const config = loadConfig(io.env, io.cwd);
  // Opening a missing file would create an empty database that verifies as intact.
  if (!existsSync(config.databaseFile)) {
    throw new UsageError(`database file ${config.databaseFile} does not exist; set JITU_DATABASE or JITU_DATA_DIR to the laboratory's database`);
  }
  const db = openDatabase(config.databaseFile);
  try {
    await migrateToLatest(db);
    const result = await verifyRecords(db, config.dataDir, (checked) => {
      if (checked % 100_000 === 0) io.stderr.write(`checked ${checked} events\n`);
    });
    for (const line of result.anchorFile.unreadableLines) {
      io.stderr.write(`warning: line ${line} of ${result.anchorFile.path} is not an anchor line and was not checked\n`);
    }
    printResult(result, io);
    return result.intact ? 0 : 1;
  } finally {
    await db.destroy();
  }
};

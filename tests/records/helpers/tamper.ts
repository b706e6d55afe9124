import SQLite from 'better-sqlite3';
import { main } from '../../../src/cli/main.ts';
import { memoryIo } from '../../drivers/helpers/cli-io.ts';
import type { TestLab } from '../../helpers/lab.ts';

const GUARDS = [
  'audit_events_no_update', 'audit_events_no_delete',
  'results_figures_immutable', 'results_no_delete', 'reports_issued_immutable', 'reports_no_delete',
];

/** Runs `jitu audit verify` on the lab's database file and data folder. */
export async function auditVerify(t: TestLab) {
  const memory = memoryIo();
  memory.io.env = { JITU_DATABASE: t.databaseFile, JITU_DATA_DIR: t.config.dataDir };
  const code = await main(['audit', 'verify'], memory.io);
  return { code, stdout: memory.stdout(), stderr: memory.stderr() };
}

/** Opens the database file beside the service, as someone with file access would, and drops every guard trigger. */
export function tamper<T>(t: TestLab, change: (sqlite: SQLite.Database) => T): T {
  const sqlite = new SQLite(t.databaseFile);
  try {
    for (const name of GUARDS) sqlite.exec(`DROP TRIGGER IF EXISTS ${name}`);
    return change(sqlite);
  } finally {
    sqlite.close();
  }
}

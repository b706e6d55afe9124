import type { Migration } from 'kysely';
import * as initial from './2026-12-04-0001-initial.ts';
import * as reception from './2026-12-04-0002-reception.ts';
import * as equipment from './2026-12-04-0003-equipment.ts';
import * as records from './2026-12-04-0004-records.ts';
import * as gateway from './2026-12-04-0005-gateway.ts';
import * as specimens from './2026-12-04-0006-specimens.ts';
import * as services from './2026-12-04-0007-services.ts';
import * as recordGuards from './2026-12-04-0008-record-guards.ts';

/** Every migration, keyed by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  '2026-12-04-0001-initial': initial,
  '2026-12-04-0002-reception': reception,
  '2026-12-04-0003-equipment': equipment,
  '2026-12-04-0004-records': records,
  '2026-12-04-0005-gateway': gateway,
  '2026-12-04-0006-specimens': specimens,
  '2026-12-04-0007-services': services,
  '2026-12-04-0008-record-guards': recordGuards,
};

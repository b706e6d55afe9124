import type { Migration } from 'kysely';
import * as initial from './2026-12-04-0001-initial.ts';

/** Every migration, keyed by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  '2026-12-04-0001-initial': initial,
};

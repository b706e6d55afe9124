import type { Generated, Selectable } from 'kysely';

// Column types of the staff competence records (migration
// 2026-12-04-0003-equipment), added to `Database` by module augmentation.

export interface AnalystAuthorisationsTable {
  id: Generated<number>;
  user_id: number;
  method_id: string;
  /** Date (YYYY-MM-DD) from which the analyst may perform the method. */
  granted_on: string;
  granted_by: number;
  /** Last date (YYYY-MM-DD) of the authorisation, or null when open-ended. */
  expires_on: string | null;
  note: string | null;
  revoked_at: string | null;
  revoked_by: number | null;
  revoke_reason: string | null;
}

export interface TrainingRecordsTable {
  id: Generated<number>;
  user_id: number;
  title: string;
  method_id: string | null;
  provider: string;
  completed_on: string;
  hours: string | null;
  /** Reference to the evidence, e.g. a certificate number or file location. */
  evidence: string | null;
  recorded_by: number;
  recorded_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    analyst_authorisations: AnalystAuthorisationsTable;
    training_records: TrainingRecordsTable;
  }
}

export type AnalystAuthorisation = Selectable<AnalystAuthorisationsTable>;

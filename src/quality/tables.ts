import type { Generated, Selectable } from 'kysely';

// Column types of the quality records tables (migration
// 2026-12-04-0004-records), added to `Database` by module augmentation.

export interface ComplaintsTable {
  id: Generated<number>;
  number: string;
  channel: string;
  complainant: string;
  contact: string | null;
  subject: string;
  description: string;
  report_id: number | null;
  status: string;
  received_at: string;
  received_by: number;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
  /** 1 valid, 0 not valid, null not judged yet. */
  valid: number | null;
  judgement: string | null;
  judged_at: string | null;
  judged_by: number | null;
  answer: string | null;
  answered_at: string | null;
  answered_by: number | null;
}

export interface NonconformingWorkTable {
  id: Generated<number>;
  description: string;
  parameter_id: number | null;
  result_id: number | null;
  report_id: number | null;
  complaint_id: number | null;
  status: string;
  action_taken: string | null;
  opened_at: string;
  opened_by: number;
  closed_at: string | null;
  closed_by: number | null;
}

export interface ReportAmendmentsTable {
  /** The new revision. */
  report_id: number;
  replaces_id: number;
  reason_id: string;
  reason_en: string;
  complaint_id: number | null;
  /** JSON list of `{ sampleId, code, field, before, after, reason }`. */
  sample_corrections: string;
}

declare module '../db/schema.ts' {
  interface Database {
    complaints: ComplaintsTable;
    nonconforming_work: NonconformingWorkTable;
    report_amendments: ReportAmendmentsTable;
  }
}

export type Complaint = Selectable<ComplaintsTable>;
export type NonconformingWork = Selectable<NonconformingWorkTable>;

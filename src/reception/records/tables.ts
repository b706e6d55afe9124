import type { Generated } from 'kysely';

// Column types of the reception tables (migration 2026-12-04-0002-reception),
// added to `Database` by module augmentation.

export interface TariffsTable {
  id: Generated<number>;
  method_id: string;
  name: string;
  /** `per sampel` or `per parameter`. */
  unit: string;
  /** Whole rupiah. */
  amount: number;
  effective_from: string;
  /** Last Jakarta date in force, inclusive, or null while current. */
  effective_to: string | null;
  source: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

export interface CalendarDaysTable {
  id: Generated<number>;
  date: string;
  /** `libur_nasional`, `cuti_bersama` or `hari_kerja`. */
  kind: string;
  name: string;
  source: string;
  created_by: number;
  created_at: string;
}

export interface ReceptionSettingsTable {
  key: string;
  value: string;
  updated_by: number | null;
  updated_at: string;
}

export interface SampleChecksTable {
  id: Generated<number>;
  sample_id: number;
  criterion: string;
  passed: number;
  detail: string;
  checked_by: number;
  checked_at: string;
}

export interface SampleDispositionsTable {
  id: Generated<number>;
  sample_id: number;
  /** `returned` to the customer or `disposed` of by the laboratory. */
  kind: string;
  /** How: courier, collected at the desk, destroyed, recycled, … */
  manner: string;
  recipient_name: string | null;
  performed_at: string;
  recorded_by: number;
  recorded_at: string;
}

export interface LabelPrintsTable {
  id: Generated<number>;
  request_id: number;
  sample_id: number | null;
  /** `pdf` or `zpl`. */
  format: string;
  /** JSON array of the printed label codes. */
  codes: string;
  width_mm: number;
  height_mm: number;
  reprint: number;
  reason: string | null;
  printed_by: number;
  printed_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    tariffs: TariffsTable;
    calendar_days: CalendarDaysTable;
    reception_settings: ReceptionSettingsTable;
    sample_checks: SampleChecksTable;
    sample_dispositions: SampleDispositionsTable;
    label_prints: LabelPrintsTable;
  }
}

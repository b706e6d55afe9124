import type { Generated, Selectable } from 'kysely';

// Column types of the equipment and environment records (migration
// 2026-12-04-0003-equipment), added to `Database` by module augmentation.
// The same migration adds columns to four tables of the initial schema;
// their interfaces are widened here by declaration merging.

export interface EquipmentAccessoriesTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** `reference-weight`, `buffer`, `reference-rubber`, `abradant-paper`, `wavelength-standard` or `other`. */
  kind: string;
  maker: string | null;
  lot_or_serial: string | null;
  /** Nominal or certified value (decimal string), e.g. `100.0000` for a 100 g weight. */
  nominal_value: string | null;
  unit: string | null;
  certificate_number: string | null;
  /** Date (YYYY-MM-DD) by which the accessory is recalibrated, replaced or expires. */
  due_on: string | null;
  location: string | null;
  /** `in_service` or `out_of_service`. */
  status: string;
  registered_by: number;
  registered_at: string;
}

/** One point of a calibration certificate: the correction to add to a reading near `nominal`. */
export interface CalibrationCorrectionsTable {
  id: Generated<number>;
  calibration_id: number;
  nominal: string;
  correction: string;
  unit: string;
}

export interface IntermediateChecksTable {
  id: Generated<number>;
  instrument_id: number;
  /** `reference-weight`, `ph-slope`, `wavelength` or `other`. */
  kind: string;
  accessory_id: number | null;
  checked_at: string;
  /** 1 when every point lay within its tolerance. */
  passed: number;
  note: string | null;
  checked_by: number;
  recorded_at: string;
}

export interface IntermediateCheckPointsTable {
  id: Generated<number>;
  check_id: number;
  quantity: string;
  nominal: string;
  tolerance: string;
  observed: string;
  unit: string;
  measurement_id: number | null;
  passed: number;
}

export interface MaintenanceRecordsTable {
  id: Generated<number>;
  instrument_id: number;
  /** `maintenance`, `repair` or `breakdown`. */
  kind: string;
  performed_on: string;
  /** Person or service provider who did the work. */
  performed_by: string;
  description: string;
  outcome: string | null;
  recorded_by: number;
  recorded_at: string;
}

export interface InstrumentStatusChangesTable {
  id: Generated<number>;
  instrument_id: number;
  from_status: string;
  to_status: string;
  reason: string;
  changed_by: number;
  changed_at: string;
}

/** A room reading posted by staff; readings sent by a connected thermo-hygrometer stay in `measurements`. */
export interface RoomReadingsTable {
  id: Generated<number>;
  location: string;
  instrument_id: number | null;
  temperature_c: string;
  humidity_pct: string | null;
  measured_at: string;
  /** `posted` or `conditioning-finish`. */
  source: string;
  recorded_by: number;
  recorded_at: string;
}

declare module '../db/schema.ts' {
  interface Database {
    equipment_accessories: EquipmentAccessoriesTable;
    calibration_corrections: CalibrationCorrectionsTable;
    intermediate_checks: IntermediateChecksTable;
    intermediate_check_points: IntermediateCheckPointsTable;
    maintenance_records: MaintenanceRecordsTable;
    instrument_status_changes: InstrumentStatusChangesTable;
    room_readings: RoomReadingsTable;
  }

  interface InstrumentsTable {
    /** Instrument type, e.g. `balance`, `ph-meter`, `spectrophotometer`, `thermo-hygrometer`. */
    kind: string | null;
    /** Days a passed intermediate check stays valid; null when the instrument needs none. */
    check_interval_days: number | null;
  }

  interface RunReadingsTable {
    /** Value as the instrument sent it, or as typed. `value` contains it after calibration correction. */
    instrument_value: string | null;
    /** Correction added from the calibration certificate, or null when none applied. */
    correction: string | null;
    calibration_id: number | null;
  }

  interface ConditioningRecordsTable {
    /** 1 when a room reading lay outside a requested method's atmosphere during conditioning. */
    excursion: Generated<number>;
    /** JSON list of the evaluations per atmosphere, with the readings out of limits. */
    excursion_detail: string | null;
  }

  interface TestRunsTable {
    conditioning_record_id: number | null;
    /** 1 when the run started on specimens whose conditioning had an excursion. */
    conditioning_excursion: Generated<number>;
    /** JSON of the conditioning evaluation the run started on. */
    conditioning_detail: string | null;
  }
}

export type Accessory = Selectable<EquipmentAccessoriesTable>;
export type IntermediateCheck = Selectable<IntermediateChecksTable>;

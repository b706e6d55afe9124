import type { Generated, Insertable, Selectable } from 'kysely';

// Column types of the database. Times are ISO 8601 UTC strings, reported
// figures decimal strings, booleans 0 or 1, JSON columns strings.

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  password_hash: string;
  active: number;
  created_at: string;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface CustomersTable {
  id: Generated<number>;
  name: string;
  kind: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
}

export interface TestRequestsTable {
  id: Generated<number>;
  number: string;
  customer_id: number;
  status: string;
  decision_rule: string;
  received_by: number;
  received_at: string;
  due_date: string | null;
  notes: string | null;
}

export interface SequenceCountersTable {
  scope: string;
  last_value: number;
}

export interface SamplesTable {
  id: Generated<number>;
  request_id: number;
  code: string;
  description: string;
  commodity: string;
  brand: string | null;
  model: string | null;
  size: string | null;
  colour: string | null;
  material: string | null;
  quantity: number;
  condition: string | null;
  status: string;
  rejection_reason: string | null;
  decided_by: number | null;
  decided_at: string | null;
}

export interface InstrumentsTable {
  id: Generated<number>;
  code: string;
  name: string;
  driver: string;
  port: string | null;
  status: string;
  maker: string | null;
  model: string | null;
  serial_number: string | null;
  location: string | null;
}

export interface CalibrationsTable {
  id: Generated<number>;
  instrument_id: number;
  certificate_number: string;
  provider: string;
  calibrated_on: string;
  due_on: string;
  corrections: string | null;
  recorded_by: number;
  recorded_at: string;
}

export interface RequestedParametersTable {
  id: Generated<number>;
  sample_id: number;
  method_id: string;
  specification_id: string | null;
  category: string | null;
  status: string;
  analyst_id: number | null;
  fee: number | null;
}

export interface PaymentsTable {
  id: Generated<number>;
  request_id: number;
  kind: string;
  amount: number;
  billing_reference: string | null;
  reason: string | null;
  recorded_by: number;
  recorded_at: string;
}

export interface ConditioningRecordsTable {
  id: Generated<number>;
  sample_id: number;
  location: string;
  started_at: string;
  finished_at: string | null;
  temperature_c: string | null;
  humidity_pct: string | null;
  started_by: number;
  finished_by: number | null;
}

export interface TestRunsTable {
  id: Generated<number>;
  parameter_id: number;
  instrument_id: number;
  analyst_id: number;
  status: string;
  started_at: string;
  finished_at: string | null;
  run_inputs: string | null;
}

export interface RawChunksTable {
  id: Generated<number>;
  instrument_id: number;
  source: string;
  received_at: string;
  bytes: Buffer;
}

export interface MeasurementsTable {
  id: Generated<number>;
  instrument_id: number;
  source_key: string;
  chunk_id: number | null;
  driver: string;
  quantity: string;
  value: string | null;
  unit: string | null;
  stable: number;
  status: string;
  channel: string | null;
  raw: string;
  received_at: string;
}

export interface RunReadingsTable {
  id: Generated<number>;
  run_id: number;
  specimen: number;
  field: string;
  value: string;
  unit: string;
  measurement_id: number | null;
  manual_reason: string | null;
  accepted_by: number;
  accepted_at: string;
  replaced_by: number | null;
}

export interface ResultsTable {
  id: Generated<number>;
  parameter_id: number;
  run_id: number;
  method_id: string;
  method_version: string;
  value: string;
  unit: string;
  uncertainty: string | null;
  verdict: string | null;
  requirement: string | null;
  inputs: string;
  steps: string;
  calculated_by: number;
  calculated_at: string;
  current: Generated<number>;
}

export interface ReviewsTable {
  id: Generated<number>;
  parameter_id: number;
  result_id: number;
  stage: string;
  decision: string;
  reason: string | null;
  reviewer_id: number;
  reviewed_at: string;
}

export interface ReportsTable {
  id: Generated<number>;
  request_id: number;
  number: string;
  revision: number;
  replaces_id: number | null;
  amendment_reason: string | null;
  status: string;
  pdf: Buffer;
  sha256: string;
  verification_code: string;
  issued_by: number;
  issued_at: string;
}

export interface HandoversTable {
  id: Generated<number>;
  report_id: number;
  recipient_name: string;
  id_document_type: string;
  handed_over_by: number;
  handed_over_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  customers: CustomersTable;
  test_requests: TestRequestsTable;
  sequence_counters: SequenceCountersTable;
  samples: SamplesTable;
  instruments: InstrumentsTable;
  calibrations: CalibrationsTable;
  requested_parameters: RequestedParametersTable;
  payments: PaymentsTable;
  conditioning_records: ConditioningRecordsTable;
  test_runs: TestRunsTable;
  raw_chunks: RawChunksTable;
  measurements: MeasurementsTable;
  run_readings: RunReadingsTable;
  results: ResultsTable;
  reviews: ReviewsTable;
  reports: ReportsTable;
  handovers: HandoversTable;
  audit_events: AuditEventsTable;
}

export type User = Selectable<UsersTable>;
export type Sample = Selectable<SamplesTable>;
export type RequestedParameter = Selectable<RequestedParametersTable>;
export type TestRun = Selectable<TestRunsTable>;
export type Measurement = Selectable<MeasurementsTable>;
export type Result = Selectable<ResultsTable>;
export type Report = Selectable<ReportsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;

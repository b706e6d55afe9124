import type { Generated, Selectable } from 'kysely';

// Column types of the service-request tables (migration
// 2026-12-04-0007-services), added to `Database` by module augmentation.

export interface ServiceRequestsTable {
  id: Generated<number>;
  /** Tracking number given to the applicant, e.g. LYN-2026-00001. */
  number: string;
  service_id: string;
  /** `person` or `company`. */
  applicant_kind: string;
  applicant_name: string;
  /** The person to talk to when the applicant is a company. */
  contact_person: string | null;
  region: string | null;
  email: string | null;
  phone: string | null;
  subject: string;
  details: string;
  /** How the request arrived: walk_in, website, letter, phone, email. */
  channel: string;
  /** JSON list of the requirement ids declared met at registration. */
  requirements_met: string;
  /** Route id chosen at the routing step, e.g. `technical`. */
  route: string | null;
  /** Staff member the routed steps are assigned to. */
  assignee_id: number | null;
  /** Index in the catalogue's step list of the next step to record; the step count once all are done. */
  next_step: number;
  /** open, steps_done or closed. */
  status: string;
  registered_at: string;
  /** Null for a public self-registration. */
  registered_by: number | null;
  due_date: string;
  due_at: string;
  /** 1 when the due date spans a year without a signed SKB. */
  due_estimated: number;
  /** SHA-256 of the public tracking code; null for staff registrations. */
  tracking_code_hash: string | null;
  /** completed, cancelled or withdrawn. */
  outcome: string | null;
  outcome_summary: string | null;
  closed_at: string | null;
  closed_by: number | null;
}

export interface ServiceRequestStepsTable {
  id: Generated<number>;
  request_id: number;
  step_id: string;
  position: number;
  done_at: string;
  /** Null when a public self-registration recorded the step. */
  done_by: number | null;
  note: string | null;
}

declare module '../db/schema.ts' {
  interface Database {
    service_requests: ServiceRequestsTable;
    service_request_steps: ServiceRequestStepsTable;
  }
}

export type ServiceRequestRow = Selectable<ServiceRequestsTable>;
export type ServiceRequestStepRow = Selectable<ServiceRequestStepsTable>;

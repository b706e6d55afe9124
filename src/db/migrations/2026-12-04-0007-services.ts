import type { Kysely } from 'kysely';

// Requests for BPIPI's services other than testing (consultation,
// mentoring, IFN, IFCC, TKDN, IBT, E-LSP, quality system) and the steps
// recorded on each. Never edit this file once it has landed: add a new
// migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_requests')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('service_id', 'text', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    .addColumn('contact_person', 'text')
    .addColumn('region', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('requirements_met', 'text', (c) => c.notNull())
    .addColumn('route', 'text')
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    .addColumn('next_step', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('due_estimated', 'integer', (c) => c.notNull())
    .addColumn('tracking_code_hash', 'text')
    .addColumn('outcome', 'text')
    .addColumn('outcome_summary', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('service_request_steps')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('request_id', 'integer', (c) => c.notNull().references('service_requests.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addColumn('done_by', 'integer', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .addUniqueConstraint('service_request_steps_once', ['request_id', 'position'])
    .execute();

  await db.schema.createIndex('service_requests_status').on('service_requests').columns(['status', 'due_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_request_steps').execute();
  await db.schema.dropTable('service_requests').execute();
}

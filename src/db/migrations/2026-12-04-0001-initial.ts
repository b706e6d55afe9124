import { sql, type Kysely } from 'kysely';

// Times are ISO 8601 strings in UTC, reported figures are decimal strings,
// booleans are 0 or 1. Never edit this file once it has landed: add a new
// migration instead.

type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

const id = (table: Builder) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

export async function up(db: Kysely<any>): Promise<void> {
  await id(db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role'])
    .execute();

  await id(db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('customers'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('test_requests'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_rule', 'text', (c) => c.notNull())
    .addColumn('received_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('notes', 'text')
    .execute();

  await db.schema
    .createTable('sequence_counters')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('samples'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('test_requests.id'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('commodity', 'text', (c) => c.notNull())
    .addColumn('brand', 'text')
    .addColumn('model', 'text')
    .addColumn('size', 'text')
    .addColumn('colour', 'text')
    .addColumn('material', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('condition', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .execute();

  await id(db.schema.createTable('instruments'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('driver', 'text', (c) => c.notNull())
    .addColumn('port', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('maker', 'text')
    .addColumn('model', 'text')
    .addColumn('serial_number', 'text')
    .addColumn('location', 'text')
    .execute();

  await id(db.schema.createTable('calibrations'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('certificate_number', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('calibrated_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('corrections', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('requested_parameters'))
    .addColumn('sample_id', 'integer', (c) => c.notNull().references('samples.id'))
    .addColumn('method_id', 'text', (c) => c.notNull())
    .addColumn('specification_id', 'text')
    .addColumn('category', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('analyst_id', 'integer', (c) => c.references('users.id'))
    .addColumn('fee', 'integer')
    .execute();

  await id(db.schema.createTable('payments'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('test_requests.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('billing_reference', 'text')
    .addColumn('reason', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('conditioning_records'))
    .addColumn('sample_id', 'integer', (c) => c.notNull().references('samples.id'))
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('temperature_c', 'text')
    .addColumn('humidity_pct', 'text')
    .addColumn('started_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('finished_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await id(db.schema.createTable('test_runs'))
    .addColumn('parameter_id', 'integer', (c) => c.notNull().references('requested_parameters.id'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('analyst_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('run_inputs', 'text')
    .execute();

  await id(db.schema.createTable('raw_chunks'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('measurements'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('chunk_id', 'integer', (c) => c.references('raw_chunks.id'))
    .addColumn('driver', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('unit', 'text')
    .addColumn('stable', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('measurements_source_unique', ['instrument_id', 'source_key'])
    .execute();

  await id(db.schema.createTable('run_readings'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('test_runs.id'))
    .addColumn('specimen', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('measurement_id', 'integer', (c) => c.references('measurements.id'))
    .addColumn('manual_reason', 'text')
    .addColumn('accepted_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addColumn('replaced_by', 'integer')
    .execute();

  await id(db.schema.createTable('results'))
    .addColumn('parameter_id', 'integer', (c) => c.notNull().references('requested_parameters.id'))
    .addColumn('run_id', 'integer', (c) => c.notNull().references('test_runs.id'))
    .addColumn('method_id', 'text', (c) => c.notNull())
    .addColumn('method_version', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('uncertainty', 'text')
    .addColumn('verdict', 'text')
    .addColumn('requirement', 'text')
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('calculated_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('calculated_at', 'text', (c) => c.notNull())
    .addColumn('current', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await id(db.schema.createTable('reviews'))
    .addColumn('parameter_id', 'integer', (c) => c.notNull().references('requested_parameters.id'))
    .addColumn('result_id', 'integer', (c) => c.notNull().references('results.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('reviewer_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('reports'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('test_requests.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('replaces_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('amendment_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('pdf', 'blob', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('verification_code', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reports_number_revision_unique', ['number', 'revision'])
    .execute();

  await id(db.schema.createTable('handovers'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('id_document_type', 'text', (c) => c.notNull())
    .addColumn('handed_over_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('handed_over_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('audit_events'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  // The service never updates or deletes audit events; these triggers make
  // an accidental UPDATE or DELETE through the service fail loudly. A change
  // made by dropping them is still caught by the hash chain.
  await sql`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`.execute(db);
  await sql`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`.execute(db);

  await db.schema.createIndex('samples_request').on('samples').column('request_id').execute();
  await db.schema.createIndex('parameters_sample').on('requested_parameters').column('sample_id').execute();
  await db.schema.createIndex('measurements_instrument').on('measurements').columns(['instrument_id', 'id']).execute();
  await db.schema.createIndex('audit_entity').on('audit_events').columns(['entity_type', 'entity_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'audit_events', 'handovers', 'reports', 'reviews', 'results', 'run_readings',
    'measurements', 'raw_chunks', 'test_runs', 'conditioning_records', 'payments',
    'requested_parameters', 'calibrations', 'instruments', 'samples',
    'sequence_counters', 'test_requests', 'customers', 'sessions', 'user_roles', 'users',
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}

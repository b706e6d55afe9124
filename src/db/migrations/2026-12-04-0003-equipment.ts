import type { Kysely } from 'kysely';

// Equipment, environment and competence records: accessories, calibration
// corrections, intermediate checks, maintenance, instrument status history,
// the conditioning room log, analyst authorisations and training. Never
// edit this file once it has landed: add a new migration instead.

type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

const id = (table: Builder) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

async function addColumns(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('instruments').addColumn('kind', 'text').execute();
  await db.schema.alterTable('instruments').addColumn('check_interval_days', 'integer').execute();
  await db.schema.alterTable('run_readings').addColumn('instrument_value', 'text').execute();
  await db.schema.alterTable('run_readings').addColumn('correction', 'text').execute();
  await db.schema.alterTable('run_readings').addColumn('calibration_id', 'integer').execute();
  await db.schema.alterTable('conditioning_records').addColumn('excursion', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('conditioning_records').addColumn('excursion_detail', 'text').execute();
  await db.schema.alterTable('test_runs').addColumn('conditioning_record_id', 'integer').execute();
  await db.schema.alterTable('test_runs').addColumn('conditioning_excursion', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('test_runs').addColumn('conditioning_detail', 'text').execute();
}

async function createEquipmentTables(db: Kysely<any>): Promise<void> {
  await id(db.schema.createTable('equipment_accessories'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('maker', 'text')
    .addColumn('lot_or_serial', 'text')
    .addColumn('nominal_value', 'text')
    .addColumn('unit', 'text')
    .addColumn('certificate_number', 'text')
    .addColumn('due_on', 'text')
    .addColumn('location', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('calibration_corrections'))
    .addColumn('calibration_id', 'integer', (c) => c.notNull().references('calibrations.id'))
    .addColumn('nominal', 'text', (c) => c.notNull())
    .addColumn('correction', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('intermediate_checks'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('accessory_id', 'integer', (c) => c.references('equipment_accessories.id'))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('checked_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('intermediate_check_points'))
    .addColumn('check_id', 'integer', (c) => c.notNull().references('intermediate_checks.id'))
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('nominal', 'text', (c) => c.notNull())
    .addColumn('tolerance', 'text', (c) => c.notNull())
    .addColumn('observed', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('measurement_id', 'integer', (c) => c.references('measurements.id'))
    .addColumn('passed', 'integer', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('maintenance_records'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('performed_on', 'text', (c) => c.notNull())
    .addColumn('performed_by', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('instrument_status_changes'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('room_readings'))
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'integer', (c) => c.references('instruments.id'))
    .addColumn('temperature_c', 'text', (c) => c.notNull())
    .addColumn('humidity_pct', 'text')
    .addColumn('measured_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}

async function createStaffTables(db: Kysely<any>): Promise<void> {
  await id(db.schema.createTable('analyst_authorisations'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('method_id', 'text', (c) => c.notNull())
    .addColumn('granted_on', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('expires_on', 'text')
    .addColumn('note', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('revoke_reason', 'text')
    .execute();

  await id(db.schema.createTable('training_records'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('method_id', 'text')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('hours', 'text')
    .addColumn('evidence', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db);
  await createEquipmentTables(db);
  await createStaffTables(db);
  await db.schema.createIndex('room_readings_location').on('room_readings').columns(['location', 'measured_at']).execute();
  await db.schema.createIndex('checks_instrument').on('intermediate_checks').columns(['instrument_id', 'checked_at']).execute();
  await db.schema.createIndex('corrections_calibration').on('calibration_corrections').column('calibration_id').execute();
  await db.schema.createIndex('authorisations_user_method').on('analyst_authorisations').columns(['user_id', 'method_id']).execute();
  await db.schema.createIndex('status_changes_instrument').on('instrument_status_changes').columns(['instrument_id', 'changed_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = [
    'training_records', 'analyst_authorisations', 'room_readings', 'instrument_status_changes',
    'maintenance_records', 'intermediate_check_points', 'intermediate_checks',
    'calibration_corrections', 'equipment_accessories',
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
  const columns: [string, string][] = [
    ['instruments', 'kind'], ['instruments', 'check_interval_days'],
    ['run_readings', 'instrument_value'], ['run_readings', 'correction'], ['run_readings', 'calibration_id'],
    ['conditioning_records', 'excursion'], ['conditioning_records', 'excursion_detail'],
    ['test_runs', 'conditioning_record_id'], ['test_runs', 'conditioning_excursion'], ['test_runs', 'conditioning_detail'],
  ];
  for (const [table, column] of columns) await db.schema.alterTable(table).dropColumn(column).execute();
}

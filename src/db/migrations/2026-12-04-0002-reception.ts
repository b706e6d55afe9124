import type { Kysely } from 'kysely';

// Reception: tariffs and calendar days entered by the laboratory, its
// settings, acceptance checks, sample returns and disposals, label prints.

type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

const id = (table: Builder) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

export async function up(db: Kysely<any>): Promise<void> {
  await id(db.schema.createTable('tariffs'))
    .addColumn('method_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('calendar_days'))
    .addColumn('date', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reception_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('sample_checks'))
    .addColumn('sample_id', 'integer', (c) => c.notNull().references('samples.id'))
    .addColumn('criterion', 'text', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('checked_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('sample_dispositions'))
    .addColumn('sample_id', 'integer', (c) => c.notNull().unique().references('samples.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('manner', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text')
    .addColumn('performed_at', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await id(db.schema.createTable('label_prints'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('test_requests.id'))
    .addColumn('sample_id', 'integer', (c) => c.references('samples.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('codes', 'text', (c) => c.notNull())
    .addColumn('width_mm', 'integer', (c) => c.notNull())
    .addColumn('height_mm', 'integer', (c) => c.notNull())
    .addColumn('reprint', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('printed_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('printed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('tariffs_method').on('tariffs').columns(['method_id', 'effective_from']).execute();
  await db.schema.createIndex('sample_checks_sample').on('sample_checks').column('sample_id').execute();
  await db.schema.createIndex('label_prints_request').on('label_prints').column('request_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const tables = ['label_prints', 'sample_dispositions', 'sample_checks', 'reception_settings', 'calendar_days', 'tariffs'];
  for (const table of tables) await db.schema.dropTable(table).execute();
}

import type { Kysely } from 'kysely';

// Quality records: complaints, nonconforming work and the link from an
// amended report to what caused it. Never edit this file once it has
// landed: add a new migration instead.

type Builder = ReturnType<Kysely<any>['schema']['createTable']>;

const id = (table: Builder) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());

export async function up(db: Kysely<any>): Promise<void> {
  await id(db.schema.createTable('complaints'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('complainant', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('received_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'integer', (c) => c.references('users.id'))
    .addColumn('valid', 'integer')
    .addColumn('judgement', 'text')
    .addColumn('judged_at', 'text')
    .addColumn('judged_by', 'integer', (c) => c.references('users.id'))
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await id(db.schema.createTable('nonconforming_work'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('parameter_id', 'integer', (c) => c.references('requested_parameters.id'))
    .addColumn('result_id', 'integer', (c) => c.references('results.id'))
    .addColumn('report_id', 'integer', (c) => c.references('reports.id'))
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('action_taken', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .execute();

  await db.schema
    .createTable('report_amendments')
    .addColumn('report_id', 'integer', (c) => c.primaryKey().references('reports.id'))
    .addColumn('replaces_id', 'integer', (c) => c.notNull().references('reports.id'))
    .addColumn('reason_id', 'text', (c) => c.notNull())
    .addColumn('reason_en', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'integer', (c) => c.references('complaints.id'))
    .addColumn('sample_corrections', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('complaints_report').on('complaints').column('report_id').execute();
  await db.schema.createIndex('nonconforming_work_report').on('nonconforming_work').column('report_id').execute();
  await db.schema.createIndex('handovers_report').on('handovers').column('report_id').execute();
  await db.schema.createIndex('raw_chunks_instrument').on('raw_chunks').columns(['instrument_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('raw_chunks_instrument').execute();
  await db.schema.dropIndex('handovers_report').execute();
  for (const table of ['report_amendments', 'nonconforming_work', 'complaints']) {
    await db.schema.dropTable(table).execute();
  }
}

import type { Kysely } from 'kysely';

// One row per specimen cut for a requested parameter, so that a specimen
// label, its readings and its place in the result share one code.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('specimens')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('parameter_id', 'integer', (c) => c.notNull().references('requested_parameters.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('specimens_parameter_number', ['parameter_id', 'number'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('specimens').execute();
}

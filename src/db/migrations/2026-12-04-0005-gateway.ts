import type { Kysely } from 'kysely';

// Gateway keys, the instruments each key may forward, and the framing state
// of every gateway stream. Never edit this file once it has landed.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('gateway_keys')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema.createTable('gateway_key_instruments')
    .addColumn('key_id', 'integer', (c) => c.notNull().references('gateway_keys.id'))
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addPrimaryKeyConstraint('gateway_key_instruments_pk', ['key_id', 'instrument_id'])
    .execute();

  await db.schema.createTable('gateway_streams')
    .addColumn('stream_id', 'text', (c) => c.primaryKey())
    .addColumn('instrument_id', 'integer', (c) => c.notNull().references('instruments.id'))
    .addColumn('key_id', 'integer', (c) => c.notNull().references('gateway_keys.id'))
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('tail', 'blob', (c) => c.notNull())
    .addColumn('after_cr', 'integer', (c) => c.notNull())
    .addColumn('ended', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('gateway_chunks')
    .addColumn('stream_id', 'text', (c) => c.notNull().references('gateway_streams.stream_id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('chunk_id', 'integer', (c) => c.references('raw_chunks.id'))
    .addPrimaryKeyConstraint('gateway_chunks_pk', ['stream_id', 'sequence'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['gateway_chunks', 'gateway_streams', 'gateway_key_instruments', 'gateway_keys']) {
    await db.schema.dropTable(table).execute();
  }
}

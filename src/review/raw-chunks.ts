import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';

/**
 * Loads raw instrument bytes exactly as they arrived, as hex and as latin1
 * text (one character per byte, so control characters such as CR and LF
 * survive and the text maps back to the bytes).
 */
export async function loadRawChunk(db: Kysely<Database>, chunkId: number) {
  const chunk = await db
    .selectFrom('raw_chunks')
    .innerJoin('instruments', 'instruments.id', 'raw_chunks.instrument_id')
    .select(['raw_chunks.id', 'raw_chunks.instrument_id', 'instruments.code as instrument_code', 'raw_chunks.source', 'raw_chunks.received_at', 'raw_chunks.bytes'])
    .where('raw_chunks.id', '=', chunkId)
    .executeTakeFirst();
  if (!chunk) throw notFound('raw chunk', chunkId);
  const bytes = Buffer.from(chunk.bytes);
  return {
    id: chunk.id,
    instrumentId: chunk.instrument_id,
    instrumentCode: chunk.instrument_code,
    source: chunk.source,
    receivedAt: chunk.received_at,
    length: bytes.length,
    hex: bytes.toString('hex'),
    latin1: bytes.toString('latin1'),
  };
}

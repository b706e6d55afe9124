import type { Kysely, Transaction } from 'kysely';
import { interpretLine } from '../../../drivers/interpret-line.ts';
import type { Driver } from '../../../drivers/types.ts';
import type { Database } from '../../db/schema.ts';
import { storeChunk, storeLine, type IngestContext } from '../../testing/ingest.ts';
import type { LiveHub } from '../../testing/live-hub.ts';
import type { ChunkMessage, EndMessage } from '../protocol.ts';
import { DeferredHub } from './deferred-hub.ts';
import { frameChunk, type StreamTail } from './stream-tail.ts';
import type { GatewayStreamsTable } from './tables.ts';

type Log = { warn(obj: object, msg: string): void };

/** One authenticated gateway connection forwarding one instrument. */
export interface StreamOwner {
  db: Kysely<Database>;
  hub: LiveHub;
  log: Log;
  instrumentId: number;
  keyId: number;
  driver: Driver;
}

export type StoreOutcome = 'stored' | 'duplicate';

/** Thrown when a message names a stream of another instrument. */
export class StreamOwnerError extends Error {
  override name = 'StreamOwnerError';
}

const EMPTY_TAIL: StreamTail = { tail: Buffer.alloc(0), afterCr: false };

/**
 * Stores a raw chunk once per (stream, sequence) and, in the same
 * transaction, the measurements of the lines it completes. A re-sent chunk
 * is recognised by its sequence and stores nothing.
 */
export async function storeGatewayChunk(owner: StreamOwner, message: ChunkMessage): Promise<StoreOutcome> {
  const deferred = new DeferredHub();
  const outcome = await owner.db.transaction().execute(async (trx) => {
    const state = await openStream(trx, owner, message.stream, message.sequence);
    if (state === 'duplicate') return state;
    const bytes = Buffer.from(message.bytes, 'base64');
    const receivedAt = new Date(message.receivedAt);
    const context: IngestContext = { db: trx, hub: deferred, instrumentId: owner.instrumentId, source: `gw:${message.stream}`, log: owner.log };
    const chunkId = await storeChunk(context, bytes, receivedAt);
    await trx.insertInto('gateway_chunks').values({ stream_id: message.stream, sequence: message.sequence, chunk_id: chunkId }).execute();
    const { lines, next } = frameChunk(owner.driver, state, bytes);
    for (const [index, line] of lines.entries()) {
      await storeLine(context, interpretLine(owner.driver, line), state.lineCount + index + 1, chunkId, receivedAt);
    }
    await saveStream(trx, message.stream, message.sequence, { line_count: state.lineCount + lines.length, tail: next.tail, after_cr: next.afterCr ? 1 : 0 });
    return 'stored' as const;
  });
  deferred.flushTo(owner.hub);
  return outcome;
}

/** Records that the gateway's port closed; an unterminated rest is logged as a cut line. */
export async function endGatewayStream(owner: StreamOwner, message: EndMessage): Promise<StoreOutcome> {
  return owner.db.transaction().execute(async (trx) => {
    const state = await openStream(trx, owner, message.stream, message.sequence);
    if (state === 'duplicate') return state;
    if (state.tail.length > 0) {
      owner.log.warn({ instrumentId: owner.instrumentId, stream: message.stream, raw: state.tail.toString('latin1') }, 'half-received line discarded after the gateway port closed');
    }
    await trx.insertInto('gateway_chunks').values({ stream_id: message.stream, sequence: message.sequence, chunk_id: null }).execute();
    await saveStream(trx, message.stream, message.sequence, { tail: Buffer.alloc(0), after_cr: 0, ended: 1 });
    return 'stored' as const;
  });
}

interface OpenStream extends StreamTail {
  lineCount: number;
}

/** Loads or creates the stream's state; a sequence already stored is a duplicate. */
async function openStream(trx: Transaction<Database>, owner: StreamOwner, streamId: string, sequence: number): Promise<OpenStream | 'duplicate'> {
  const row = await trx.selectFrom('gateway_streams').selectAll().where('stream_id', '=', streamId).executeTakeFirst();
  if (row && row.instrument_id !== owner.instrumentId) {
    throw new StreamOwnerError(`stream "${streamId}" belongs to another instrument; start a new stream`);
  }
  if (row && sequence <= row.last_sequence) return 'duplicate';
  if (!row) await createStream(trx, owner, streamId);
  const lastSequence = row?.last_sequence ?? 0;
  const state: OpenStream = row ? { tail: row.tail, afterCr: row.after_cr === 1, lineCount: row.line_count } : { ...EMPTY_TAIL, lineCount: 0 };
  if (sequence === lastSequence + 1) return state;
  // A gap means some bytes never reached the service. The stored tail is
  // dropped because joining it to later bytes could forge a line.
  owner.log.warn({ instrumentId: owner.instrumentId, stream: streamId, expected: lastSequence + 1, sequence }, 'gateway stream skipped sequences; the unfinished line before the gap is discarded');
  return { ...EMPTY_TAIL, lineCount: state.lineCount };
}

async function createStream(trx: Transaction<Database>, owner: StreamOwner, streamId: string): Promise<void> {
  const now = new Date().toISOString();
  await trx.insertInto('gateway_streams').values({
    stream_id: streamId, instrument_id: owner.instrumentId, key_id: owner.keyId, last_sequence: 0, line_count: 0,
    tail: Buffer.alloc(0), after_cr: 0, ended: 0, opened_at: now, updated_at: now,
  }).execute();
}

type StreamUpdate = Partial<Pick<GatewayStreamsTable, 'line_count' | 'tail' | 'after_cr' | 'ended'>>;

async function saveStream(trx: Transaction<Database>, streamId: string, sequence: number, update: StreamUpdate): Promise<void> {
  await trx.updateTable('gateway_streams')
    .set({ ...update, last_sequence: sequence, updated_at: new Date().toISOString() })
    .where('stream_id', '=', streamId)
    .execute();
}

import type { Kysely } from 'kysely';
import type { LineOutcome } from '../../drivers/types.ts';
import type { Database } from '../db/schema.ts';
import type { LiveHub, LiveMeasurement } from './live-hub.ts';

export interface IngestContext {
  db: Kysely<Database>;
  hub: LiveHub;
  instrumentId: number;
  /** Identifies one connection (or one gateway stream) so that `source:sequence` is unique. */
  source: string;
  log?: { warn(obj: object, msg: string): void };
}

/** Stores raw bytes as they arrived, before any parsing; returns the chunk id. */
export async function storeChunk(context: IngestContext, bytes: Buffer, receivedAt = new Date()): Promise<number> {
  const row = await context.db
    .insertInto('raw_chunks')
    .values({ instrument_id: context.instrumentId, source: context.source, received_at: receivedAt.toISOString(), bytes })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Stores one parsed line as a measurement, at most once per `source:sequence`,
 * and publishes it live. Lines that are not measurements are logged, because
 * their bytes are already kept in the raw chunk.
 */
export async function storeLine(
  context: IngestContext,
  outcome: LineOutcome,
  sequence: number,
  chunkId: number | null,
  receivedAt = new Date(),
): Promise<number | null> {
  if (outcome.kind !== 'measurement') {
    const reason = outcome.kind === 'unrecognised' ? outcome.reason : outcome.event;
    context.log?.warn({ instrumentId: context.instrumentId, raw: outcome.raw, reason }, 'instrument line is not a measurement');
    return null;
  }
  const m = outcome.measurement;
  const sourceKey = `${context.source}:${sequence}`;
  const inserted = await context.db
    .insertInto('measurements')
    .values({
      instrument_id: context.instrumentId,
      source_key: sourceKey,
      chunk_id: chunkId,
      driver: m.driver,
      quantity: m.quantity,
      value: m.value,
      unit: m.unit,
      stable: m.stable ? 1 : 0,
      status: m.status,
      channel: m.channel ?? null,
      raw: m.raw,
      received_at: receivedAt.toISOString(),
    })
    .onConflict((oc) => oc.columns(['instrument_id', 'source_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return null;
  const live: LiveMeasurement = {
    type: 'measurement',
    instrumentId: context.instrumentId,
    measurementId: inserted.id,
    quantity: m.quantity,
    value: m.value,
    unit: m.unit,
    stable: m.stable,
    status: m.status,
    raw: m.raw,
    receivedAt: receivedAt.toISOString(),
  };
  context.hub.publish(live);
  return inserted.id;
}

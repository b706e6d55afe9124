import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { LineOutcome } from '../../drivers/types.ts';
import type { Database } from '../db/schema.ts';
import { storeChunk, storeLine, type IngestContext } from './ingest.ts';
import type { LiveHub } from './live-hub.ts';

interface PendingLine {
  outcome: LineOutcome;
  sequence: number;
  receivedAt: Date;
}

interface Batch {
  connection: number;
  bytes: Buffer;
  receivedAt: Date;
  lines: PendingLine[];
}

/**
 * Stores what one instrument link receives, in arrival order: each chunk
 * with the lines it completed, in one transaction, raw bytes first. One
 * transaction per chunk keeps a chattering instrument from costing one
 * commit per line.
 */
export class ChunkBatcher {
  private queue: Promise<unknown> = Promise.resolve();
  private batch: Batch | null = null;
  private lastChunkId: number | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly hub: LiveHub,
    private readonly log: FastifyBaseLogger,
    private readonly instrumentId: number,
    private readonly runId: string,
  ) {}

  chunk(connection: number, bytes: Buffer, receivedAt: Date): void {
    this.flush();
    this.batch = { connection, bytes, receivedAt, lines: [] };
    // The link hands over a chunk's lines in the same turn of the event
    // loop, so the batch is complete by the next one.
    setImmediate(() => this.flush());
  }

  line(connection: number, outcome: LineOutcome, sequence: number, receivedAt: Date): void {
    if (this.batch && this.batch.connection === connection) {
      this.batch.lines.push({ outcome, sequence, receivedAt });
      return;
    }
    this.enqueue(() => storeLine(this.context(connection), outcome, sequence, this.lastChunkId, receivedAt));
  }

  /** Resolves once everything received so far is stored. */
  drained(): Promise<unknown> {
    this.flush();
    return this.queue;
  }

  private flush(): void {
    const batch = this.batch;
    this.batch = null;
    if (batch) this.enqueue(() => this.store(batch));
  }

  private async store(batch: Batch): Promise<void> {
    const context = this.context(batch.connection);
    await this.db.transaction().execute(async (trx) => {
      const inTransaction = { ...context, db: trx };
      this.lastChunkId = await storeChunk(inTransaction, batch.bytes, batch.receivedAt);
      for (const line of batch.lines) {
        await storeLine(inTransaction, line.outcome, line.sequence, this.lastChunkId, line.receivedAt);
      }
    });
  }

  private context(connection: number): IngestContext {
    return { db: this.db, hub: this.hub, instrumentId: this.instrumentId, source: `${this.runId}/${connection}`, log: this.log };
  }

  private enqueue(work: () => Promise<unknown>): void {
    this.queue = this.queue
      .then(work)
      .catch((error: unknown) => this.log.error({ err: error, instrumentId: this.instrumentId }, 'storing instrument data failed'));
  }
}

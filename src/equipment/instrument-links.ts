import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { getDriver } from '../../drivers/index.ts';
import { openInstrumentLink, type InstrumentLink, type LinkState } from '../../drivers/transport/instrument-link.ts';
import type { Database } from '../db/schema.ts';
import type { LiveHub } from '../testing/live-hub.ts';
import { ChunkBatcher } from '../testing/chunk-batcher.ts';

interface InstrumentRow {
  id: number;
  code: string;
  driver: string;
  port: string | null;
}

/**
 * Keeps one link open per connected instrument. Each chunk is stored before
 * its lines are parsed and stored, in arrival order, and every link state
 * change reaches the bench terminals.
 */
export class InstrumentLinks {
  private readonly links = new Map<number, InstrumentLink>();
  // Distinguishes this service run in measurement keys, so lines of a
  // reconnect or a restart never collide with stored ones.
  private readonly runId = `srv-${Date.now().toString(36)}`;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly hub: LiveHub,
    private readonly log: FastifyBaseLogger,
  ) {}

  async startAll(): Promise<void> {
    const instruments = await this.db.selectFrom('instruments').select(['id', 'code', 'driver', 'port']).where('port', 'is not', null).execute();
    for (const instrument of instruments) this.open(instrument);
  }

  /** Opens (or reopens) the link of one instrument; a bad port is logged and shown as down. */
  open(instrument: InstrumentRow): void {
    const driver = getDriver(instrument.driver);
    if (!driver || !instrument.port) {
      this.log.warn({ instrumentId: instrument.id, driver: instrument.driver }, 'instrument has no usable driver or port');
      return;
    }
    this.links.get(instrument.id)?.close();
    const ingest = new ChunkBatcher(this.db, this.hub, this.log, instrument.id, this.runId);
    try {
      const link = openInstrumentLink({
        driver,
        target: instrument.port,
        onChunk: (chunk) => ingest.chunk(chunk.connection, chunk.bytes, chunk.receivedAt),
        onLine: (outcome, line) => {
          if (line.cut) {
            this.log.warn({ instrumentId: instrument.id, raw: line.text }, 'half-received line discarded after the link dropped');
            return;
          }
          ingest.line(line.connection, outcome, line.sequence, line.receivedAt);
        },
        onState: (state) => this.publishState(instrument, state),
      });
      this.links.set(instrument.id, link);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error({ instrumentId: instrument.id, code: instrument.code, port: instrument.port, err: error }, 'instrument link failed to open');
      this.hub.publish({ type: 'state', instrumentId: instrument.id, state: 'down', detail: reason, at: new Date().toISOString() });
    }
  }

  /** Sends a command to an instrument, e.g. `S` asking a SICS balance for a stable weight. */
  write(instrumentId: number, command: string): boolean {
    return this.links.get(instrumentId)?.write(command) ?? false;
  }

  /** Closes one instrument's link, if it has one. */
  close(instrumentId: number): void {
    this.links.get(instrumentId)?.close();
    this.links.delete(instrumentId);
  }

  closeAll(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
  }

  private publishState(instrument: InstrumentRow, state: LinkState): void {
    const detail = state.state === 'down' ? state.reason : null;
    const level = state.state === 'down' ? 'warn' : 'info';
    this.log[level]({ instrumentId: instrument.id, code: instrument.code, state: state.state, detail }, 'instrument link state');
    this.hub.publish({ type: 'state', instrumentId: instrument.id, state: state.state, detail, at: new Date().toISOString() });
  }
}

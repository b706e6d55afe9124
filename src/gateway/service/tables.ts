import type { Generated } from 'kysely';

export interface GatewayKeysTable {
  id: Generated<number>;
  name: string;
  /** Hex SHA-256 of the key; the key itself is shown once and never stored. */
  key_hash: string;
  created_by: number;
  created_at: string;
  revoked_at: string | null;
}

export interface GatewayKeyInstrumentsTable {
  key_id: number;
  instrument_id: number;
}

/** Framing state of one gateway stream, updated with each stored chunk. */
export interface GatewayStreamsTable {
  stream_id: string;
  instrument_id: number;
  key_id: number;
  last_sequence: number;
  /** Lines framed so far; the next line's key is `gw:STREAM:line_count+1`. */
  line_count: number;
  /** Bytes after the last line terminator, waiting for the rest of their line. */
  tail: Buffer;
  /** 1 when the last byte was CR, so a leading LF of the next chunk ends no line. */
  after_cr: number;
  ended: number;
  opened_at: string;
  updated_at: string;
}

export interface GatewayChunksTable {
  stream_id: string;
  sequence: number;
  chunk_id: number | null;
}

declare module '../../db/schema.ts' {
  interface Database {
    gateway_keys: GatewayKeysTable;
    gateway_key_instruments: GatewayKeyInstrumentsTable;
    gateway_streams: GatewayStreamsTable;
    gateway_chunks: GatewayChunksTable;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';

/** One buffered message: a raw chunk, or the end of a stream. */
export interface BufferedRecord {
  rowId: number;
  stream: string;
  sequence: number;
  kind: 'chunk' | 'end';
  receivedAt: string;
  bytes: Buffer;
}

export const BUFFER_FILE = 'gateway-buffer.sqlite';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    stream TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    received_at TEXT NOT NULL,
    bytes BLOB NOT NULL,
    UNIQUE (stream, sequence)
  );
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

/**
 * The gateway's disk buffer: a small SQLite file holding every chunk until
 * the service acknowledges it. Each append is committed with a full sync
 * before it returns, so an appended chunk survives a crash or a power cut.
 * The file is locked while open, so two gateways cannot share it.
 */
export class DiskBuffer {
  readonly file: string;
  readonly limitBytes: number;
  readonly #db: SQLite.Database;
  #usedBytes: number;

  private constructor(file: string, db: SQLite.Database, limitBytes: number) {
    this.file = file;
    this.#db = db;
    this.limitBytes = limitBytes;
    const row = db.prepare('SELECT COALESCE(SUM(LENGTH(bytes)), 0) AS used FROM records').get() as { used: number };
    this.#usedBytes = row.used;
  }

  /** Opens or creates the buffer in `dir`; throws when another process has it locked. */
  static open(dir: string, limitBytes: number): DiskBuffer {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, BUFFER_FILE);
    const db = new SQLite(file);
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(SCHEMA);
    } catch (error) {
      db.close();
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new Error(`buffer folder "${dir}" is in use by another gateway; give each gateway its own --buffer folder`);
      }
      throw error;
    }
    return new DiskBuffer(file, db, limitBytes);
  }

  get usedBytes(): number {
    return this.#usedBytes;
  }

  /** Number of records waiting for acknowledgement. */
  count(): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM records').get() as { n: number }).n;
  }

  hasRoomFor(byteCount: number): boolean {
    return this.#usedBytes + byteCount <= this.limitBytes;
  }

  /** Starts a stream id unique to this buffer: its random id and a counter. */
  newStream(): string {
    const bufferId = this.#meta('buffer_id') ?? this.#setMeta('buffer_id', randomBytes(4).toString('hex'));
    const counter = Number(this.#meta('stream_counter') ?? '0') + 1;
    this.#setMeta('stream_counter', String(counter));
    return `${bufferId}.${counter}`;
  }

  appendChunk(stream: string, sequence: number, bytes: Buffer, receivedAt: Date): void {
    this.#insert(stream, sequence, 'chunk', bytes, receivedAt);
    this.#usedBytes += bytes.length;
  }

  /** Appends an end marker; it carries no bytes, so it fits even a full buffer. */
  appendEnd(stream: string, sequence: number): void {
    this.#insert(stream, sequence, 'end', Buffer.alloc(0), new Date());
  }

  /** Records after `rowId` in the order they were appended. */
  after(rowId: number, limit: number): BufferedRecord[] {
    const rows = this.#db
      .prepare('SELECT id, stream, sequence, kind, received_at, bytes FROM records WHERE id > ? ORDER BY id LIMIT ?')
      .all(rowId, limit) as { id: number; stream: string; sequence: number; kind: 'chunk' | 'end'; received_at: string; bytes: Buffer }[];
    return rows.map((r) => ({ rowId: r.id, stream: r.stream, sequence: r.sequence, kind: r.kind, receivedAt: r.received_at, bytes: r.bytes }));
  }

  /** Deletes a record the service has acknowledged; returns false when it was already gone. */
  acknowledge(stream: string, sequence: number): boolean {
    const row = this.#db.prepare('DELETE FROM records WHERE stream = ? AND sequence = ? RETURNING LENGTH(bytes) AS size').get(stream, sequence) as { size: number } | undefined;
    if (!row) return false;
    this.#usedBytes -= row.size;
    return true;
  }

  /** Remembered driver id of the instrument, learnt from the service. */
  driverId(): string | undefined {
    return this.#meta('driver');
  }

  rememberDriver(id: string): void {
    this.#setMeta('driver', id);
  }

  close(): void {
    this.#db.close();
  }

  #insert(stream: string, sequence: number, kind: 'chunk' | 'end', bytes: Buffer, receivedAt: Date): void {
    this.#db
      .prepare('INSERT INTO records (stream, sequence, kind, received_at, bytes) VALUES (?, ?, ?, ?, ?)')
      .run(stream, sequence, kind, receivedAt.toISOString(), bytes);
  }

  #meta(key: string): string | undefined {
    const row = this.#db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  #setMeta(key: string, value: string): string {
    this.#db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
    return value;
  }
}

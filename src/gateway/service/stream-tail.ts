import { DEFAULT_MAX_LINE_BYTES, LineFramer, type FramedLine } from '../../../drivers/framing/line-framer.ts';
import type { Driver } from '../../../drivers/types.ts';

const CR = 0x0d;
const LF = 0x0a;

/** Framing state of a stream: the bytes after its last line terminator. */
export interface StreamTail {
  tail: Buffer;
  afterCr: boolean;
}

/**
 * Frames a chunk as if the stream's earlier bytes had just been pushed: the
 * stored tail goes first, so a line split across chunks (or across a service
 * restart) comes out whole. Returns the completed lines and the new tail.
 */
export function frameChunk(driver: Driver, state: StreamTail, bytes: Buffer): { lines: FramedLine[]; next: StreamTail } {
  const framer = new LineFramer({ encoding: driver.serial.encoding });
  if (state.afterCr) framer.push(Buffer.of(CR));
  framer.push(state.tail);
  const lines = framer.push(bytes);
  return { lines, next: nextTail(state.tail, bytes) };
}

function nextTail(tail: Buffer, bytes: Buffer): StreamTail {
  const combined = Buffer.concat([tail, bytes]);
  let last = combined.length - 1;
  while (last >= 0 && combined[last] !== CR && combined[last] !== LF) last--;
  const rest = combined.subarray(last + 1);
  // One byte over the maximum is enough for the framer to report the line as
  // over-long, so the stored tail stays bounded.
  const kept = rest.subarray(0, DEFAULT_MAX_LINE_BYTES + 1);
  return { tail: Buffer.from(kept), afterCr: rest.length === 0 && combined[last] === CR };
}

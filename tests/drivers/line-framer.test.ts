import { describe, expect, it } from 'vitest';
import { LineFramer } from '../../drivers/framing/line-framer.ts';

function frameAll(chunks: string[] | Buffer[], maxLineBytes?: number) {
  const framer = new LineFramer({ encoding: 'ascii', maxLineBytes });
  const lines = chunks.flatMap((chunk) => framer.push(Buffer.from(chunk)));
  return { lines, partial: framer.takePartial() };
}

describe('LineFramer', () => {
  it('accepts CR, LF and CR LF', () => {
    const { lines } = frameAll(['a\rb\nc\r\nd\r\n']);
    expect(lines.map((l) => l.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('joins a CR LF split across chunks once', () => {
    const { lines } = frameAll(['a\r', '\nb\r', '\n']);
    expect(lines.map((l) => l.text)).toEqual(['a', 'b']);
  });

  it('counts empty lines in line numbers', () => {
    const { lines } = frameAll(['a\n\nb\n']);
    expect(lines.map((l) => l.number)).toEqual([1, 3]);
  });

  it('keeps the unterminated rest as partial', () => {
    const { lines, partial } = frameAll(['S S 1', '.00 g\r\nS D 2.']);
    expect(lines.map((l) => l.text)).toEqual(['S S 1.00 g']);
    expect(partial?.text).toBe('S D 2.');
  });

  it('shows bytes invalid in ASCII as U+FFFD', () => {
    const { lines } = frameAll([Buffer.from([0x53, 0xff, 0x0d, 0x0a])]);
    expect(lines[0]?.text).toBe('S\uFFFD');
    expect(lines[0]?.invalid).toBe(true);
  });

  it('discards over-long lines and recovers', () => {
    const flood = 'x'.repeat(1000);
    const { lines } = frameAll([flood, flood, '\nS S 1.0 g\n'], 100);
    expect(lines[0]?.overLong).toBe(true);
    expect(lines[0]?.length).toBe(2000);
    expect(lines[0]!.bytes.length).toBeLessThanOrEqual(100);
    expect(lines[1]?.text).toBe('S S 1.0 g');
    expect(lines[1]?.overLong).toBe(false);
  });

  it('rejects a non-positive maximum', () => {
    expect(() => new LineFramer({ encoding: 'ascii', maxLineBytes: 0 })).toThrow(/maxLineBytes/);
  });
});

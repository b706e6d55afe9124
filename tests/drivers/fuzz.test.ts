import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listDrivers } from '../../drivers/index.ts';
import { parseBytes } from '../../drivers/parse-bytes.ts';

// Bytes that cannot appear in any driver's measurement line: anything outside
// printable ASCII other than the terminators, so every line they touch is garbage.
const garbageByte = fc.oneof(fc.integer({ min: 0x00, max: 0x08 }), fc.integer({ min: 0x80, max: 0xff }));

describe.each(listDrivers().map((driver) => [driver.id, driver] as const))('%s under fuzzing', (_id, driver) => {
  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const parsed = parseBytes(driver, bytes);
        for (const { measurement } of parsed.measurements) expect(typeof measurement.raw).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('yields no measurement from garbage lines', () => {
    const line = fc.array(garbageByte, { minLength: 1, maxLength: 40 });
    const stream = fc.array(line, { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(stream, (lines) => {
        const bytes = Uint8Array.from(lines.flatMap((bytes) => [...bytes, 0x0d, 0x0a]));
        expect(parseBytes(driver, bytes).measurements).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('yields no measurement from printable noise', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'xyz#@!?~^'), minLength: 1, maxLength: 60 }), (text) => {
        expect(parseBytes(driver, Buffer.from(`${text}\r\n`)).measurements).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

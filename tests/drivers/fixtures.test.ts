import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDrivers } from '../../drivers/index.ts';
import { parseBytes, parseChunks } from '../../drivers/parse-bytes.ts';

const fixtureUrl = (id: string) => new URL(`../../fixtures/streams/${id}.txt`, import.meta.url);

describe.each(listDrivers().map((driver) => [driver.id, driver] as const))('%s fixture', (_id, driver) => {
  const bytes = readFileSync(fixtureUrl(driver.id));
  const whole = parseBytes(driver, bytes);

  it('yields measurements', () => {
    expect(whole.measurements.length).toBeGreaterThan(3);
  });

  it('recognises every line', () => {
    expect(whole.unrecognised).toEqual([]);
  });

  it('parses the same when split at every byte', () => {
    for (let at = 1; at < bytes.length; at++) {
      const split = parseChunks(driver, [bytes.subarray(0, at), bytes.subarray(at)]);
      expect(split, `split at byte ${at}`).toEqual(whole);
    }
  });

  it('parses the same fed one byte at a time', () => {
    const single = [...bytes].map((byte) => Uint8Array.of(byte));
    expect(parseChunks(driver, single)).toEqual(whole);
  });
});

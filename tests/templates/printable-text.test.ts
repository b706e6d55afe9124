import { describe, expect, it } from 'vitest';
import { renderLhu } from '../../templates/lhu.ts';
import { LhuDataError } from '../../templates/lhu-data-error.ts';
import { unprintableCharacters } from '../../templates/printable-text.ts';
import { sampleLhu } from './lhu-fixture.ts';

describe('unprintableCharacters', () => {
  it('accepts the text reports print', () => {
    expect(unprintableCharacters('Kulit sapi / cowhide — 23 ± 2 °C; ≤ 250 mm³; µm; é ü')).toEqual([]);
  });

  it('accepts line breaks and tabs', () => {
    expect(unprintableCharacters('baris satu\r\nbaris dua\tkolom')).toEqual([]);
  });

  it('lists CJK characters once each', () => {
    expect(unprintableCharacters('Sepatu 運動鞋 運動')).toEqual(['運', '動', '鞋']);
  });

  it('lists an emoji outside the font', () => {
    expect(unprintableCharacters('Sepatu 🦶')).toEqual(['🦶']);
  });
});

describe('renderLhu data errors', () => {
  it('names the field holding an unprintable character', async () => {
    const lhu = sampleLhu();
    lhu.samples[0]!.description = 'Sepatu olahraga 運動鞋';
    const error = await renderLhu(lhu).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LhuDataError);
    expect((error as LhuDataError).field).toBe('samples[0].description');
    expect((error as LhuDataError).message).toContain('"運" (U+904B)');
  });

  it('throws LhuDataError on inconsistent data', async () => {
    const error = await renderLhu(sampleLhu({ revision: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LhuDataError);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as LhuDataError).field).toBe('amendment');
  });
});

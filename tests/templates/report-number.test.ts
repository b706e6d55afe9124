import { describe, expect, it } from 'vitest';
import { formatReportNumber, parseReportNumber } from '../../templates/report-number.ts';

describe('formatReportNumber', () => {
  it('pads the sequence of a first issue', () => {
    expect(formatReportNumber({ year: 2026, sequence: 42, revision: 0 })).toBe('LHU/BPIPI/2026/00042');
  });

  it('appends the revision suffix', () => {
    expect(formatReportNumber({ year: 2026, sequence: 42, revision: 2 })).toBe('LHU/BPIPI/2026/00042-R2');
  });

  it('uses a given prefix', () => {
    const number = formatReportNumber({ year: 2027, sequence: 1, revision: 0, prefix: 'SP/BPIPI' });
    expect(number).toBe('SP/BPIPI/2027/00001');
  });

  it.each([
    { year: 2026, sequence: 0, revision: 0 },
    { year: 2026, sequence: 100000, revision: 0 },
    { year: 2026, sequence: 1.5, revision: 0 },
    { year: 26, sequence: 1, revision: 0 },
    { year: 2026, sequence: 1, revision: -1 },
  ])('rejects out-of-range parts %o', (parts) => {
    expect(() => formatReportNumber(parts)).toThrow(RangeError);
  });
});

describe('parseReportNumber', () => {
  it('reverses formatReportNumber', () => {
    for (const revision of [0, 1, 12]) {
      const parts = { year: 2026, sequence: 42, revision, prefix: 'LHU/BPIPI' };
      expect(parseReportNumber(formatReportNumber(parts))).toEqual(parts);
    }
  });

  it('returns null for other text', () => {
    expect(parseReportNumber('LHU/BPIPI/2026/42')).toBeNull();
    expect(parseReportNumber('LHU/BPIPI/2026/00042-R0')).toBeNull();
  });
});

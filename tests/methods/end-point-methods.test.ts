import { describe, expect, it } from 'vitest';
import { getMethod } from '../../methods/index.ts';

const martindale = getMethod('martindale-abrasion')!;
const vampFlex = getMethod('upper-flex-resistance')!;

const specimens = (...entries: Array<[string, string]>) => entries.map(([count, endPoint]) => ({ count, endPoint }));

describe('martindale-abrasion', () => {
  it('reports the lowest breakdown count', () => {
    // lowest breakdown 20000 rubs; U = 2 × 2000/√12 = 1154.7 → 1155 (rounded up)
    const out = martindale.calculate({ specimens: specimens(['20000', '1'], ['24000', '1'], ['26000', '0']), inspectionInterval: '2000' });
    expect(out.value).toBe('20000');
    expect(out.uncertainty).toBe('1155');
  });

  it('passes a run stopped without holes', () => {
    const out = martindale.calculate({
      specimens: specimens(['25600', '0'], ['25600', '0'], ['25600', '0']),
      inspectionInterval: '1600',
      specification: 'sni-8877-2023',
      category: 'vamp-quarter-lining-dry',
    });
    expect(out.value).toBe('> 25600');
    expect(out.verdict).toBe('pass');
  });

  it('fails a hole seen at the limit', () => {
    const out = martindale.calculate({
      specimens: specimens(['25600', '1'], ['25600', '0'], ['25600', '0']),
      inspectionInterval: '1600',
      specification: 'sni-8877-2023',
      category: 'vamp-quarter-lining-dry',
    });
    expect(out.verdict).toBe('fail');
  });

  it('rejects a missing category', () => {
    const input = { specimens: specimens(['25600', '0'], ['25600', '0'], ['25600', '0']), inspectionInterval: '1600', specification: 'sni-8877-2023' };
    expect(() => martindale.calculate(input)).toThrow(/category is missing/);
  });

  it('rejects an end-point flag of 2', () => {
    const input = { specimens: specimens(['100', '2'], ['100', '0'], ['100', '0']), inspectionInterval: '100' };
    expect(() => martindale.calculate(input)).toThrow(/specimens\[0\]\.endPoint is 2/);
  });

  it('rejects a specimen stopped early', () => {
    const input = { specimens: specimens(['5000', '1'], ['3000', '0'], ['6000', '1']), inspectionInterval: '1000' };
    expect(() => martindale.calculate(input)).toThrow(/stopped at 3000 cycles/);
  });
});

describe('upper-flex-resistance', () => {
  it('reports the lowest damage count', () => {
    const out = vampFlex.calculate({ specimens: specimens(['80000', '1'], ['100000', '0'], ['90000', '1']), inspectionInterval: '10000' });
    expect(out.value).toBe('80000');
    expect(out.unit).toBe('cycles');
  });

  it('has no specification limit yet', () => {
    const input = { specimens: specimens(['1', '0'], ['1', '0'], ['1', '0']), inspectionInterval: '1', specification: 'sni-8877-2023' };
    expect(() => vampFlex.calculate(input)).toThrow(/no requirement/);
  });
});

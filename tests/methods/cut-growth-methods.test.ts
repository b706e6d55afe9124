import { describe, expect, it } from 'vitest';
import { getMethod } from '../../methods/index.ts';

const wholeSole = getMethod('whole-sole-flex')!;
const ross = getMethod('ross-flex')!;

const cuts = (...pairs: Array<[string, string]>) => pairs.map(([initialCutLength, finalCutLength]) => ({ initialCutLength, finalCutLength }));

describe('whole-sole-flex', () => {
  // growths 5.5 − 2.0 = 3.5 mm and 6.0 − 2.0 = 4.0 mm; the largest, 4.0 mm, is reported.
  // U = 2 × √2 × (0.1/2)/√3 = 0.0816 → 0.1 mm (rounded up)
  const example = { specimens: cuts(['2.0', '5.5'], ['2.0', '6.0']), cycles: '30000', specification: 'sni-8877-2023' };

  it('reports the largest growth', () => {
    const out = wholeSole.calculate(example);
    expect(out.value).toBe('4.0');
    expect(out.uncertainty).toBe('0.1');
  });

  it('passes on the limit by simple acceptance', () => {
    expect(wholeSole.calculate(example).verdict).toBe('pass');
  });

  it('is inconclusive on the limit when guarded', () => {
    expect(wholeSole.calculate({ ...example, decisionRule: 'guarded' }).verdict).toBe('inconclusive');
  });

  it('needs 30000 cycles for the requirement', () => {
    expect(() => wholeSole.calculate({ ...example, cycles: '20000' })).toThrow(/cycles ≥ 30000/);
  });

  it('rejects a shrinking cut', () => {
    expect(() => wholeSole.calculate({ ...example, specimens: cuts(['3.0', '2.0'], ['2.0', '3.0']) })).toThrow(
      /specimens\[0\]\.finalCutLength/,
    );
  });
});

describe('ross-flex', () => {
  it('computes the mean growth rate', () => {
    // 50000 cycles = 50 kc; growths 2.0, 2.5, 3.0 mm → 0.04, 0.05, 0.06 mm/kc; mean 0.05
    const out = ross.calculate({ specimens: cuts(['2', '4'], ['2', '4.5'], ['2', '5']), cycles: '50000' });
    expect(out.value).toBe('0.05');
    expect(out.unit).toBe('mm/kc');
  });

  it('rejects negative cycles', () => {
    const input = { specimens: cuts(['2', '4'], ['2', '4.5'], ['2', '5']), cycles: '-1' };
    expect(() => ross.calculate(input)).toThrow(/cycles is -1, but it must not be negative/);
  });
});

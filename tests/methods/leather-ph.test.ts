import { describe, expect, it } from 'vitest';
import { getMethod, MethodCheckError } from '../../methods/index.ts';

const method = getMethod('leather-ph')!;

describe('leather-ph', () => {
  // pH 3.50 and 3.54 → mean 3.52 (below 4.00, so dilution is needed)
  // difference figures |3.50 − 4.10| = 0.60, |3.54 − 4.12| = 0.58 → mean 0.59
  const acid = {
    specimens: [
      { ph: '3.50', phDiluted: '4.10' },
      { ph: '3.54', phDiluted: '4.12' },
    ],
    specification: 'sni-8877-2023',
  };

  it('computes pH and difference figure', () => {
    const out = method.calculate(acid);
    expect(out.value).toBe('3.52');
    const secondary = out.steps['secondary'] as { differenceFigure: { value: string } };
    expect(secondary.differenceFigure.value).toBe('0.59');
  });

  it('judges both requirements below pH 4', () => {
    const out = method.calculate(acid);
    expect(out.requirement).toBe('≥ 3.2; difference figure < 0.7 (when pH < 4)');
    expect(out.verdict).toBe('pass');
  });

  it('judges pH alone above 4', () => {
    const out = method.calculate({ specimens: [{ ph: '5.10' }, { ph: '5.20' }], specification: 'sni-8877-2023' });
    expect(out.value).toBe('5.15');
    expect(out.requirement).toBe('≥ 3.2');
  });

  it('rounds 5.145 half-up', () => {
    // mean of 5.14 and 5.15 is 5.145, exactly half in the last digit
    expect(method.calculate({ specimens: [{ ph: '5.14' }, { ph: '5.15' }] }).value).toBe('5.15');
  });

  it('needs the dilution below pH 4', () => {
    expect(() => method.calculate({ specimens: [{ ph: '3.5' }, { ph: '3.5' }] })).toThrow(/specimens\[0\]\.phDiluted is missing/);
  });

  it('rejects a difference above 1', () => {
    const input = { specimens: [{ ph: '3.0', phDiluted: '4.2' }, { ph: '3.0', phDiluted: '3.8' }] };
    expect(() => method.calculate(input)).toThrow(MethodCheckError);
  });

  it('rejects pH above 14', () => {
    expect(() => method.calculate({ specimens: [{ ph: '15' }, { ph: '7' }] })).toThrow(/above pH 14/);
  });
});

import { describe, expect, it } from 'vitest';
import { getMethod } from '../../methods/index.ts';

const slip = getMethod('slip-resistance')!;
const bond = getMethod('upper-outsole-bond')!;
const toecap = getMethod('toecap-impact')!;
const heel = getMethod('heel-energy-absorption')!;

describe('slip-resistance', () => {
  // μ = 140/500 = 0.28, 145/500 = 0.29, 135/500 = 0.27; mean 0.28
  const example = {
    specimens: [
      { frictionForce: '140', normalForce: '500' },
      { frictionForce: '145', normalForce: '500' },
      { frictionForce: '135', normalForce: '500' },
    ],
    specification: 'sni-8877-2023',
    category: 'ceramic-nals-heel-forward',
  };

  it('passes on the SRA heel limit', () => {
    const out = slip.calculate(example);
    expect(out.value).toBe('0.28');
    expect(out.requirement).toBe('≥ 0.28');
    expect(out.verdict).toBe('pass');
  });

  it('is inconclusive on the limit when guarded', () => {
    expect(slip.calculate({ ...example, decisionRule: 'guarded' }).verdict).toBe('inconclusive');
  });

  it('fails the 2022 edition limit', () => {
    expect(slip.calculate({ ...example, specification: 'iso-20345-2022' }).verdict).toBe('fail');
  });

  it('rejects an unknown category', () => {
    expect(() => slip.calculate({ ...example, category: 'ice' })).toThrow(/"ice" is not one of them/);
  });

  it('rejects a zero normal force', () => {
    const zero = { ...example, specimens: [{ frictionForce: '1', normalForce: '0' }, ...example.specimens.slice(1)] };
    expect(() => slip.calculate(zero)).toThrow(/specimens\[0\]\.normalForce is zero/);
  });
});

describe('upper-outsole-bond', () => {
  // 200 N / 50 mm = 4.0 N/mm, 220 N / 50 mm = 4.4 N/mm; the lowest is reported
  const example = {
    specimens: [
      { force: '200', width: '50' },
      { force: '220', width: '50' },
    ],
    specification: 'sni-8877-2023',
    category: 'separation',
  };

  it('passes 4.0 N/mm on the limit', () => {
    const out = bond.calculate(example);
    expect(out.value).toBe('4.0');
    expect(out.requirement).toBe('≥ 4.0 N/mm');
    expect(out.verdict).toBe('pass');
  });

  it('applies 3.0 N/mm when the sole tears', () => {
    const out = bond.calculate({ ...example, category: 'sole-tear', specimens: [{ force: '160', width: '50' }, example.specimens[1]] });
    expect(out.value).toBe('3.2');
    expect(out.verdict).toBe('pass');
  });

  it('rejects a missing width', () => {
    expect(() => bond.calculate({ ...example, specimens: [{ force: '200' }, example.specimens[1]] })).toThrow(/specimens\[0\]\.width is missing/);
  });
});

describe('toecap-impact', () => {
  const example = { specimens: [{ clearance: '14.0' }, { clearance: '15.5' }], specification: 'sni-8877-2023', sizeMondopoint: '260' };

  it('judges the lowest clearance at size 260', () => {
    const out = toecap.calculate(example);
    expect(out.value).toBe('14.0');
    expect(out.verdict).toBe('pass');
  });

  it('has no row for size 240 yet', () => {
    expect(() => toecap.calculate({ ...example, sizeMondopoint: '240' })).toThrow(/applies to these inputs/);
  });

  it('needs the size for a verdict', () => {
    const { sizeMondopoint: _size, ...rest } = example;
    expect(() => toecap.calculate(rest)).toThrow(/sizeMondopoint is missing/);
  });
});

describe('heel-energy-absorption', () => {
  it('fails 19.85 J rounded to 19.9 J', () => {
    const out = heel.calculate({ specimens: [{ energy: '22.4' }, { energy: '19.85' }], specification: 'sni-8877-2023' });
    expect(out.value).toBe('19.9');
    expect(out.verdict).toBe('fail');
  });
});

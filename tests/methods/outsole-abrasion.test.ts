import { describe, expect, it } from 'vitest';
import { getMethod, MethodCheckError, MethodInputError } from '../../methods/index.ts';

const method = getMethod('outsole-abrasion')!;

// Worked example by hand (no worked example is published with ISO 4649):
//   mass losses: 2.5000 − 2.3800 = 0.1200 g = 120 mg; 2.5100 − 2.3850 = 125 mg;
//                2.4900 − 2.3720 = 118 mg (spread 7 mg ≤ 15 mg)
//   ΔV = Δm × 200 / (ρ × Δm_ref) with ρ = 1.10 g/cm³, Δm_ref = 190 mg:
//     120 × 200 / 209 = 114.8325… mm³
//     125 × 200 / 209 = 119.6172… mm³
//     118 × 200 / 209 = 112.9187… mm³
//   mean = 363 × 200 / (3 × 209) = 72600 / 627 = 115.789… → 116 mm³
const example = {
  specimens: [
    { massBefore: '2.5000', massAfter: '2.3800' },
    { massBefore: '2.5100', massAfter: '2.3850' },
    { massBefore: '2.4900', massAfter: '2.3720' },
  ],
  density: '1.10',
  referenceLoss: '190',
};

function withSpecimens(losses: Array<[string, string]>) {
  return { ...example, specimens: losses.map(([massBefore, massAfter]) => ({ massBefore, massAfter })) };
}

describe('outsole-abrasion', () => {
  it('computes the worked example', () => {
    const out = method.calculate(example);
    expect(out.value).toBe('116');
    expect(out.unit).toBe('mm³');
    expect(out.verdict).toBeNull();
    expect(out.requirement).toBeNull();
  });

  it('records the mass loss per specimen in mg', () => {
    const steps = method.calculate(example).steps as { specimens: Array<{ massLossMg: string }> };
    expect(steps.specimens.map((s) => s.massLossMg)).toEqual(['120', '125', '118']);
  });

  it('keeps inputs as received', () => {
    const steps = method.calculate(example).steps as { inputs: Record<string, string> };
    expect(steps.inputs['specimens[0].massBefore']).toBe('2.5000');
  });

  it('expands the uncertainty budget with k = 2', () => {
    // u_c² = 1.99202² + 0.13533² + 0.52632² + 1.82825² = 7.6060, u_c = 2.7579,
    // U = 5.5158, rounded up to the value's decimals: 6.
    const out = method.calculate(example);
    expect(out.uncertainty).toBe('6');
    expect(out.steps['combinedStandardUncertainty']).toMatch(/^2\.7578/);
  });

  it('judges against the density-dependent limit', () => {
    const out = method.calculate({ ...example, specification: 'sni-8877-2023' });
    expect(out.requirement).toBe('≤ 150 mm³');
    expect(out.verdict).toBe('pass');
    expect(out.notes?.[0]).toMatch(/awaits confirmation/);
  });

  it('chooses the 250 mm³ limit at density 0.9', () => {
    // mean mass loss 121 mg: 121 × 200 / (0.9 × 190) = 141.52 → 142 mm³
    const out = method.calculate({ ...example, density: '0.9', specification: 'sni-8877-2023' });
    expect(out.requirement).toBe('≤ 250 mm³');
    expect(out.value).toBe('142');
  });

  it('accepts JSON numbers through their string form', () => {
    const numeric = { ...example, density: 1.1, referenceLoss: 190 };
    expect(method.calculate(numeric).value).toBe('116');
  });

  it('rejects a reference rubber above 220 mg', () => {
    const run = () => method.calculate({ ...example, referenceLoss: '221' });
    expect(run).toThrow(MethodCheckError);
    expect(run).toThrow(/too sharp/);
  });

  it('rejects a reference rubber below 180 mg', () => {
    expect(() => method.calculate({ ...example, referenceLoss: '179.9' })).toThrow(/worn: replace it/);
  });

  it('accepts a reference rubber on the window edges', () => {
    expect(method.calculate({ ...example, referenceLoss: '220' }).value).toBe('100');
    expect(method.calculate({ ...example, referenceLoss: '180' }).value).toBe('122');
  });

  it('asks for a retest above 15 mg spread', () => {
    const spread = withSpecimens([
      ['2.5000', '2.3800'],
      ['2.5000', '2.3640'],
      ['2.5000', '2.3750'],
    ]);
    expect(() => method.calculate(spread)).toThrow(/differ by 16 mg, more than 15 mg/);
  });

  it('accepts exactly 15 mg spread', () => {
    const spread = withSpecimens([
      ['2.5000', '2.3800'],
      ['2.5000', '2.3650'],
      ['2.5000', '2.3750'],
    ]);
    expect(() => method.calculate(spread)).not.toThrow();
  });

  it('rejects a mass gain', () => {
    const gained = withSpecimens([
      ['2.5000', '2.5000'],
      ['2.5000', '2.3800'],
      ['2.5000', '2.3800'],
    ]);
    expect(() => method.calculate(gained)).toThrow(/specimens\[0\]\.massAfter/);
  });

  it('rejects a missing density', () => {
    const { density: _density, ...rest } = example;
    expect(() => method.calculate(rest)).toThrow(/density is missing/);
  });

  it('rejects zero density', () => {
    expect(() => method.calculate({ ...example, density: '0' })).toThrow(/density is zero/);
  });

  it('rejects a negative reference loss', () => {
    expect(() => method.calculate({ ...example, referenceLoss: '-190' })).toThrow(/referenceLoss .* must not be negative/);
  });

  it('rejects a mass written with a comma', () => {
    const comma = withSpecimens([
      ['2,5000', '2.3800'],
      ['2.5000', '2.3800'],
      ['2.5000', '2.3800'],
    ]);
    expect(() => method.calculate(comma)).toThrow(/point as the decimal separator/);
  });

  it('rejects two specimens', () => {
    const short = { ...example, specimens: example.specimens.slice(0, 2) };
    try {
      method.calculate(short);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MethodInputError);
      expect((error as MethodInputError).field).toBe('specimens');
      expect((error as MethodInputError).code).toBe('specimen-count');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { getMethod, MethodCheckError } from '../../methods/index.ts';

const method = getMethod('heat-ageing')!;
const record = { category: 'iso-10195-a2', minimumTemperature: '79.0', maximumTemperature: '81.0', maximumHumidity: '8', duration: '24' };

describe('heat-ageing', () => {
  it('reports the ageing time', () => {
    const out = method.calculate(record);
    expect(out.value).toBe('24.0');
    expect(out.verdict).toBeNull();
  });

  it('rejects an oven above 82 °C', () => {
    expect(() => method.calculate({ ...record, maximumTemperature: '82.5' })).toThrow(MethodCheckError);
  });

  it('rejects humidity of 10 % for A2', () => {
    expect(() => method.calculate({ ...record, maximumHumidity: '10' })).toThrow(/not below 10 %/);
  });

  it('rejects a missing program', () => {
    const { category: _category, ...rest } = record;
    expect(() => method.calculate(rest)).toThrow(/category is missing/);
  });
});

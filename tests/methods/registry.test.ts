import { describe, expect, it } from 'vitest';
import { getMethod, listMethods, listSpecifications } from '../../methods/index.ts';

describe('method registry', () => {
  it('lists thirteen methods with unique ids', () => {
    const ids = listMethods().map((m) => m.id);
    expect(ids).toHaveLength(13);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(listMethods().map((m) => [m.id, m] as const))('%s has bilingual titles', (_id, method) => {
    expect(method.title.id.length).toBeGreaterThan(0);
    expect(method.title.en.length).toBeGreaterThan(0);
    expect(method.standard.length).toBeGreaterThan(0);
  });

  it('returns undefined for an unknown id', () => {
    expect(getMethod('nope')).toBeUndefined();
  });

  it('links every requirement to a known method', () => {
    for (const spec of listSpecifications()) {
      for (const requirement of spec.requirements) {
        expect(getMethod(requirement.method), `${spec.id} → ${requirement.method}`).toBeDefined();
      }
    }
  });
});

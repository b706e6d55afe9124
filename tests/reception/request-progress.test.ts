import { describe, expect, it } from 'vitest';
import { requestProgress } from '../../src/reception/request-progress.ts';

describe('request progress', () => {
  it('is registered before acceptance', () => {
    expect(requestProgress(['awaiting_acceptance'], false, false)).toBe('registered');
  });

  it('follows the slowest parameter', () => {
    expect(requestProgress(['verified', 'in_progress', 'validated'], false, false)).toBe('in_progress');
  });

  it('ignores cancelled parameters', () => {
    expect(requestProgress(['cancelled', 'validated'], false, false)).toBe('validated');
  });

  it('is rejected when every parameter is cancelled', () => {
    expect(requestProgress(['cancelled', 'cancelled'], false, false)).toBe('rejected');
  });

  it('ends with the report and its hand-over', () => {
    expect(requestProgress(['reported'], true, false)).toBe('reported');
    expect(requestProgress(['reported'], true, true)).toBe('handed_over');
  });
});

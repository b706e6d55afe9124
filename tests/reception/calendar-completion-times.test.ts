import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CalendarError,
  completionTimesSchema,
  loadCompletionTimes,
  workingDaysFor,
} from '../../src/reception/calendar/index.ts';

const folder = fileURLToPath(new URL('../../fixtures/calendar', import.meta.url));
const table = loadCompletionTimes(folder);

describe('workingDaysFor', () => {
  it('picks the tier by parameter count', () => {
    // Safety footwear: 1 parameter 5 days, 2–3 parameters 7, 4 or more 10.
    expect(workingDaysFor({ commodity: 'safety-footwear', parameterCount: 1 }, table)).toBe(5);
    expect(workingDaysFor({ commodity: 'safety-footwear', parameterCount: 3 }, table)).toBe(7);
    expect(workingDaysFor({ commodity: 'safety-footwear', parameterCount: 4 }, table)).toBe(10);
    expect(workingDaysFor({ commodity: 'casual-footwear', parameterCount: 2 }, table)).toBe(6);
  });

  it('counts the methods when no count is given', () => {
    const methodIds = ['outsole-abrasion', 'slip-resistance'];
    expect(workingDaysFor({ commodity: 'safety-footwear', methodIds }, table)).toBe(7);
  });

  it('raises the tier to a method minimum', () => {
    // Leather with one parameter is 5 days, but chromium-vi needs at least 7.
    expect(workingDaysFor({ commodity: 'leather', methodIds: ['leather-ph'] }, table)).toBe(5);
    expect(workingDaysFor({ commodity: 'leather', methodIds: ['chromium-vi'] }, table)).toBe(7);
  });

  it('stays within 4 to 10 days', () => {
    for (const commodity of table.commodities) {
      for (const parameterCount of [1, 2, 5, 40]) {
        const days = workingDaysFor({ commodity: commodity.id, parameterCount }, table);
        expect(days, `${commodity.id} × ${parameterCount}`).toBeGreaterThanOrEqual(4);
        expect(days, `${commodity.id} × ${parameterCount}`).toBeLessThanOrEqual(10);
      }
    }
  });

  it('rejects an unknown commodity', () => {
    const lookup = () => workingDaysFor({ commodity: 'boots', parameterCount: 1 }, table);
    expect(lookup).toThrow(CalendarError);
    expect(lookup).toThrow(/Unknown commodity "boots"; expected one of "safety-footwear"/);
  });

  it('rejects a request without parameters', () => {
    const lookup = () => workingDaysFor({ commodity: 'leather', methodIds: [] }, table);
    expect(lookup).toThrow(/parameterCount must be a positive integer/);
  });
});

describe('completion times schema', () => {
  it('rejects a figure outside the range', () => {
    const tooLong = {
      ...table,
      methods: [{ methodId: 'whole-sole-flex', minimumWorkingDays: 11, reason: 'x' }],
    };
    expect(completionTimesSchema.safeParse(tooLong).success).toBe(false);
  });

  it('rejects tiers without a last open tier', () => {
    const [first] = table.commodities;
    const closed = { ...table, commodities: [{ ...first, tiers: [{ upToParameters: 3, workingDays: 5 }] }] };
    expect(completionTimesSchema.safeParse(closed).success).toBe(false);
  });

  it('rejects tiers out of order', () => {
    const [first] = table.commodities;
    const tiers = [
      { upToParameters: 3, workingDays: 5 },
      { upToParameters: 2, workingDays: 6 },
      { upToParameters: null, workingDays: 7 },
    ];
    const unordered = { ...table, commodities: [{ ...first, tiers }] };
    expect(completionTimesSchema.safeParse(unordered).success).toBe(false);
  });
});

import type { Conditioning } from './types.ts';

/**
 * Standard atmosphere for footwear and its components, ISO 18454 (formerly
 * EN 12222): 23 ± 2 °C and 50 ± 5 % RH, for at least 24 h before testing.
 * NOTE: the figures come from a summary of a standard that applies ISO 18454,
 * not from ISO 18454 itself; confirm them against the controlled copy.
 */
export const FOOTWEAR_ATMOSPHERE: Conditioning = {
  temperatureC: '23',
  temperatureToleranceC: '2',
  humidityPct: '50',
  humidityTolerancePct: '5',
  minimumHours: 24,
};


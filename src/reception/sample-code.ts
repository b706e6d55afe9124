/** Commodity keys the reception desk offers, with the letter used in sample codes. */
export const COMMODITIES = {
  'safety-footwear': 'SP',
  'casual-footwear': 'AK',
  'sports-footwear': 'OR',
  'school-footwear': 'SK',
  sandals: 'SD',
  'upper-material': 'BA',
  'sole-material': 'SL',
  leather: 'KL',
  other: 'LN',
} as const;

export type Commodity = keyof typeof COMMODITIES;

export const isCommodity = (value: string): value is Commodity => value in COMMODITIES;

/** Formats a sample code such as `JU-2026-SP-00042`; the sequence runs per year. */
export function formatSampleCode(year: number, commodity: Commodity, sequence: number): string {
  return `JU-${year}-${COMMODITIES[commodity]}-${String(sequence).padStart(5, '0')}`;
}

export const sampleSequenceScope = (year: number) => `sample-${year}`;

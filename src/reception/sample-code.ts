/** Commodity keys the reception desk offers, with the letters used in sample codes. */
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

const PLACEHOLDER = /\{(year|yy|commodity|seq)(?::(\d{1,2}))?\}/g;

export type PatternCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a sample code pattern such as `JU-{year}-{commodity}-{seq:5}`:
 * exactly one `{seq}`, only known placeholders, and printable ASCII so
 * Code 128 can print the code.
 */
export function parseCodePattern(pattern: string): PatternCheck {
  const placeholders = [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]);
  const leftover = pattern.replace(PLACEHOLDER, '');
  if (placeholders.filter((name) => name === 'seq').length !== 1) return { ok: false, reason: 'needs one {seq}' };
  if (/[{}]/.test(leftover)) return { ok: false, reason: 'has an unknown placeholder' };
  if (!/^[\x21-\x7E]*$/.test(leftover)) return { ok: false, reason: 'may hold printable ASCII only, without spaces' };
  return { ok: true };
}

export interface CodeParts {
  year: number;
  commodity: Commodity;
  sequence: number;
}

/** Formats a sample code from the pattern, e.g. `JU-2026-SP-00042`. */
export function formatSampleCode(pattern: string, parts: CodeParts): string {
  return pattern.replace(PLACEHOLDER, (_whole, name: string, width?: string) => {
    if (name === 'year') return String(parts.year);
    if (name === 'yy') return String(parts.year % 100).padStart(2, '0');
    if (name === 'commodity') return COMMODITIES[parts.commodity];
    return String(parts.sequence).padStart(Number(width ?? 1), '0');
  });
}

/**
 * Names the sequence a code draws from. The sequence restarts each year
 * only when the pattern shows the year; otherwise codes of two years could
 * collide. It is shared by all commodities, so a code's number also
 * counts the laboratory's samples of the year.
 */
export function sampleSequenceScope(pattern: string, year: number): string {
  return /\{(year|yy)\}/.test(pattern) ? `sample-${year}` : 'sample';
}

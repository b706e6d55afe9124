// Choices the reception form offers. NOTE: these mirror COMMODITIES in
// src/reception/sample-code.ts and the files in methods/specifications,
// which no API route lists yet; keep them in step.
export const COMMODITIES = [
  'safety-footwear', 'casual-footwear', 'sports-footwear', 'school-footwear',
  'sandals', 'upper-material', 'sole-material', 'leather', 'other',
];

export const SPECIFICATIONS = [
  { id: 'sni-8877-2023', label: 'SNI 8877:2023' },
  { id: 'iso-20345-2022', label: 'ISO 20345:2022' },
  { id: 'sni-7079-2009', label: 'SNI 7079:2009' },
];

export const CUSTOMER_KINDS = ['ikm', 'company', 'person', 'agency'];

/** The acceptance check at the desk; every item must hold to accept a sample. */
export const ACCEPTANCE_CHECKS = ['enoughPairs', 'undamaged', 'labelled'];

import { invalidInput } from '../../errors.ts';
import type { NewRequest } from '../schemas.ts';
import { describeCharacter, undrawableCharacters } from './report-font.ts';

/** Customer fields the LHU prints. */
const CUSTOMER_FIELDS = ['name', 'address'] as const;

/** Sample fields the LHU prints. */
const SAMPLE_FIELDS = ['description', 'brand', 'model', 'size', 'colour', 'material', 'condition'] as const;

function checkText(text: string | undefined, field: string): void {
  if (text === undefined) return;
  const found = undrawableCharacters(text);
  if (found.length === 0) return;
  const listed = found.map(describeCharacter).join(', ');
  throw invalidInput(field, `contains ${listed}, which the test report cannot print; use Latin letters, digits and common punctuation`);
}

/** Rejects a customer name or address the LHU could not print; `prefix` is the customer's path in the body. */
export function checkCustomerText(customer: Partial<Record<(typeof CUSTOMER_FIELDS)[number], string>>, prefix = ''): void {
  for (const name of CUSTOMER_FIELDS) checkText(customer[name], `${prefix}${name}`);
}

/** Rejects any text of a request that the LHU would print but could not draw. */
export function checkRequestText(input: NewRequest): void {
  if (!('id' in input.customer)) checkCustomerText(input.customer, 'customer.');
  input.samples.forEach((sample, s) => {
    for (const name of SAMPLE_FIELDS) checkText(sample[name], `samples.${s}.${name}`);
  });
}

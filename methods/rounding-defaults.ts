import type { RoundingRule } from './types.ts';

/**
 * Rounding rule of reported figures. No method standard in the library fixes
 * one, so the laboratory's SOP decides.
 * NOTE: half-up is assumed until the SOP states the rule.
 */
export const LABORATORY_ROUNDING: RoundingRule = 'half-up';

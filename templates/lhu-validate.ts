import { isIsoDate } from './iso-date.ts';
import type { IsoDate, LhuData } from './lhu-data.ts';
import { LhuDataError } from './lhu-data-error.ts';
import { unprintableCharacters } from './printable-text.ts';

/**
 * Checks what the types cannot: dates, revision consistency and references
 * between rows and samples, and that the fonts can draw every character.
 * Throws an LhuDataError naming the field.
 */
export function validateLhuData(data: LhuData): void {
  requireText(data.reportNumber, 'reportNumber');
  checkRevision(data);
  checkDate(data.issueDate, 'issueDate');
  checkDate(data.testing.start, 'testing.start');
  checkDate(data.testing.end, 'testing.end');
  if (data.testing.end < data.testing.start) {
    fail('testing.end', `${data.testing.end} is before testing.start ${data.testing.start}`);
  }
  checkSamples(data);
  checkResults(data);
  checkSignatories(data);
  checkUrl(data.verificationUrl);
  checkPrintable(data, '');
}

/** Walks every text in the data, so a field added later is checked too. */
function checkPrintable(value: unknown, path: string): void {
  if (typeof value === 'string') {
    const missing = unprintableCharacters(value);
    if (missing.length > 0) {
      const listed = missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`);
      fail(path, `the report font cannot draw ${listed.join(', ')}; write it in Latin script or leave it out`);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkPrintable(item, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) checkPrintable(item, path ? `${path}.${key}` : key);
  }
}

function checkRevision(data: LhuData): void {
  if (!Number.isInteger(data.revision) || data.revision < 0) {
    fail('revision', `${data.revision} is not a whole number ≥ 0`);
  }
  if (data.revision > 0 && data.amendment === null) {
    fail('amendment', `revision ${data.revision} must name the report it replaces and why`);
  }
  if (data.revision === 0 && data.amendment !== null) {
    fail('amendment', 'a first issue (revision 0) replaces nothing; set amendment to null');
  }
}

function checkSamples(data: LhuData): void {
  if (data.samples.length === 0) fail('samples', 'at least one sample is required');
  const seen = new Set<string>();
  data.samples.forEach((sample, i) => {
    requireText(sample.code, `samples[${i}].code`);
    if (seen.has(sample.code)) fail(`samples[${i}].code`, `"${sample.code}" appears twice`);
    seen.add(sample.code);
    checkDate(sample.receivedDate, `samples[${i}].receivedDate`);
  });
}

function checkResults(data: LhuData): void {
  if (data.results.length === 0) fail('results', 'at least one result row is required');
  const codes = new Set(data.samples.map((sample) => sample.code));
  data.results.forEach((row, i) => {
    if (!codes.has(row.sampleCode)) {
      fail(`results[${i}].sampleCode`, `"${row.sampleCode}" is not one of the samples`);
    }
    requireText(row.value, `results[${i}].value`);
  });
}

function checkSignatories(data: LhuData): void {
  if (data.signatories.length === 0) fail('signatories', 'at least one signatory is required');
  data.signatories.forEach((signatory, i) => {
    requireText(signatory.name, `signatories[${i}].name`);
    if (Number.isNaN(Date.parse(signatory.validatedAt))) {
      fail(`signatories[${i}].validatedAt`, `"${signatory.validatedAt}" is not an ISO 8601 time`);
    }
  });
}

function checkUrl(value: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('verificationUrl', `"${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail('verificationUrl', `"${value}" must use http or https`);
  }
}

function checkDate(value: IsoDate, field: string): void {
  if (!isIsoDate(value)) {
    fail(field, `"${value}" is not a calendar date in the form YYYY-MM-DD`);
  }
}

function requireText(value: string, field: string): void {
  if (value.trim() === '') fail(field, 'must not be empty');
}

function fail(field: string, problem: string): never {
  throw new LhuDataError(field, problem);
}

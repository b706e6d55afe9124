import type { LineProfile } from './profile-types.ts';

const STATUSES = ['ok', 'overload', 'underload', 'error'];
const BAUD_RATES = [300, 600, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200];

/**
 * Checks a parsed profile JSON and returns it typed. Throws a TypeError naming
 * the profile, the field and the expected value.
 */
export function validateProfile(data: unknown, origin: string): LineProfile {
  const fail = (field: string, expected: string): never => {
    throw new TypeError(`profile ${origin}: ${field} is invalid; expected ${expected}`);
  };
  if (typeof data !== 'object' || data === null) fail('the document', 'a JSON object');
  const profile = data as Record<string, unknown>;
  for (const field of ['id', 'description', 'source']) {
    if (typeof profile[field] !== 'string' || profile[field] === '') fail(field, 'a non-empty string');
  }
  if (!/^[a-z0-9-]+$/.test(profile.id as string)) fail('id', 'lowercase letters, digits and hyphens');
  validateSerial(profile.serial, fail);
  if (!Array.isArray(profile.rules) || profile.rules.length === 0) fail('rules', 'a non-empty array');
  (profile.rules as unknown[]).forEach((rule, index) => validateRule(rule, `rules[${index}]`, fail));
  return data as LineProfile;
}

type Fail = (field: string, expected: string) => never;

function validateSerial(serial: unknown, fail: Fail): void {
  if (typeof serial !== 'object' || serial === null) fail('serial', 'an object of serial settings');
  const s = serial as Record<string, unknown>;
  if (!BAUD_RATES.includes(s.baudRate as number)) fail('serial.baudRate', `one of ${BAUD_RATES.join(', ')}`);
  if (![5, 6, 7, 8].includes(s.dataBits as number)) fail('serial.dataBits', '5, 6, 7 or 8');
  if (!['none', 'even', 'odd', 'mark', 'space'].includes(s.parity as string)) {
    fail('serial.parity', 'none, even, odd, mark or space');
  }
  if (![1, 1.5, 2].includes(s.stopBits as number)) fail('serial.stopBits', '1, 1.5 or 2');
  if (!['none', 'rtscts', 'xonxoff'].includes(s.flowControl as string)) {
    fail('serial.flowControl', 'none, rtscts or xonxoff');
  }
  if (!['\r\n', '\r', '\n'].includes(s.delimiter as string)) fail('serial.delimiter', '"\\r\\n", "\\r" or "\\n"');
  if (!['ascii', 'latin1', 'utf8'].includes(s.encoding as string)) fail('serial.encoding', 'ascii, latin1 or utf8');
}

function validateRule(rule: unknown, at: string, fail: Fail): void {
  if (typeof rule !== 'object' || rule === null) fail(at, 'an object');
  const r = rule as Record<string, unknown>;
  if (typeof r.pattern !== 'string') fail(`${at}.pattern`, 'a regular expression string');
  try {
    new RegExp(r.pattern as string);
  } catch (error) {
    fail(`${at}.pattern`, `a valid regular expression (${(error as Error).message})`);
  }
  if (typeof r.event === 'string') return;
  if (typeof r.quantity !== 'string') fail(at, 'either "quantity" (a measurement rule) or "event"');
  const groups = r.pattern as string;
  if (!groups.includes('(?<value>') && !groups.includes('(?<status>')) {
    fail(`${at}.pattern`, 'a named group "value" or "status"');
  }
  const statuses = Object.values((r.statusMap ?? {}) as Record<string, unknown>);
  if (statuses.some((status) => !STATUSES.includes(status as string))) {
    fail(`${at}.statusMap`, `values among ${STATUSES.join(', ')}`);
  }
}

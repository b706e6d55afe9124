import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDriver } from '../../drivers/index.ts';
import { loadProfileFile } from '../../drivers/profiles/load-profiles.ts';
import { profileDriver } from '../../drivers/profiles/profile-driver.ts';
import { validateProfile } from '../../drivers/profiles/validate-profile.ts';

const serial = getDriver('slip-tester')!.serial;
const base = { id: 'lab-gauge', description: 'Lab gauge', source: 'Lab manual', serial };

describe('profile driver', () => {
  it('turns named groups into fields and attributes', () => {
    const driver = getDriver('ph-meter')!;
    const outcome = driver.parseLine('READ,D,6.98,pH,25.1,C');
    expect(outcome).toMatchObject({
      kind: 'measurement',
      measurement: {
        quantity: 'pH', value: '6.98', unit: 'pH', stable: false,
        attributes: { temperature: '25.1', temperature_unit: 'C' },
      },
    });
  });

  it('reports calibration slope and offset', () => {
    const outcome = getDriver('ph-meter')!.parseLine('CAL,slope=98.7%,offset=-3.2mV,buffers=4.01/7.00');
    expect(outcome).toMatchObject({ kind: 'event', event: 'calibration', detail: { slope_percent: '98.7', offset_mv: '-3.2' } });
  });

  it('keeps the channel of a station', () => {
    const outcome = getDriver('vamp-flexer')!.parseLine('ST03 CYC 0012345');
    expect(outcome).toMatchObject({ kind: 'measurement', measurement: { channel: 'ST03', value: '0012345', quantity: 'cycles' } });
  });

  it('reads absorbance with its wavelength', () => {
    const outcome = getDriver('uv-vis')!.parseLine('0.001\t540');
    expect(outcome).toMatchObject({ kind: 'measurement', measurement: { value: '0.001', attributes: { wavelength_nm: '540' } } });
  });

  it('rejects an invalid value in a matching line', () => {
    const driver = profileDriver({ ...base, rules: [{ pattern: '^V (?<value>\\S+)$', quantity: 'force', unit: 'N' }] });
    expect(driver.parseLine('V 1.2.3')).toMatchObject({ kind: 'unrecognised', reason: 'invalid force value "1.2.3"' });
  });

  it('reports lines matching no rule', () => {
    expect(getDriver('oven-log')!.parseLine('hello').kind).toBe('unrecognised');
  });
});

describe('validateProfile', () => {
  it.each([
    [{ ...base, id: 'Bad Id', rules: [{ pattern: '(?<value>x)', quantity: 'q' }] }, /id is invalid/],
    [{ ...base, rules: [] }, /rules is invalid/],
    [{ ...base, rules: [{ pattern: '(', quantity: 'q' }] }, /rules\[0\]\.pattern is invalid; expected a valid regular expression/],
    [{ ...base, rules: [{ pattern: 'x', quantity: 'q' }] }, /rules\[0\]\.pattern is invalid; expected a named group/],
    [{ ...base, rules: [{ pattern: 'x' }] }, /rules\[0\] is invalid; expected either "quantity"/],
    [{ ...base, serial: { ...serial, baudRate: 1234 }, rules: [{ pattern: 'x', event: 'e' }] }, /serial\.baudRate/],
    [{ ...base, rules: [{ pattern: '(?<status>x)', quantity: 'q', statusMap: { x: 'broken' } }] }, /statusMap/],
  ])('rejects invalid profile %#', (profile, message) => {
    expect(() => validateProfile(profile, 'test.json')).toThrow(message);
  });

  it('loads a laboratory profile file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jitu-profile-'));
    const path = join(dir, 'lab-gauge.json');
    writeFileSync(path, JSON.stringify({ ...base, rules: [{ pattern: '^F (?<value>\\d+) N$', quantity: 'force', unit: 'N' }] }));
    const driver = loadProfileFile(path);
    expect(driver.parseLine('F 12 N')).toMatchObject({ kind: 'measurement', measurement: { value: '12', driver: 'lab-gauge' } });
  });

  it('names the file of invalid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jitu-profile-'));
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{');
    expect(() => loadProfileFile(path)).toThrow(/broken\.json: not readable as JSON/);
  });
});

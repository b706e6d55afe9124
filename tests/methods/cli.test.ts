import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run as calculate } from '../../src/cli/calculate.ts';
import { type CliIo, UsageError } from '../../src/cli/io.ts';
import { run as methods } from '../../src/cli/methods.ts';

interface Captured {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
}

function captureIo(stdinText: string, cwd = process.cwd()): Captured {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  return { io: { stdin, stdout, stderr, env: {}, cwd }, stdout: () => out, stderr: () => err };
}

const abrasionInput = {
  specimens: [
    { massBefore: '2.5000', massAfter: '2.3800' },
    { massBefore: '2.5100', massAfter: '2.3850' },
    { massBefore: '2.4900', massAfter: '2.3720' },
  ],
  density: '1.10',
  referenceLoss: '190',
  specification: 'sni-8877-2023',
};

describe('jitu calculate', () => {
  it('reads stdin and writes one JSON object', async () => {
    const captured = captureIo(JSON.stringify(abrasionInput));
    const code = await calculate(['outsole-abrasion'], captured.io);
    expect(code).toBe(0);
    const output = JSON.parse(captured.stdout());
    expect(output.value).toBe('116');
    expect(output.unit).toBe('mm³');
    expect(output.uncertainty).toBe('6');
    expect(output.verdict).toBe('pass');
    expect(output.requirement).toBe('≤ 150 mm³');
  });

  it('reads a file relative to cwd', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jitu-calc-'));
    await writeFile(join(dir, 'input.json'), JSON.stringify(abrasionInput));
    const captured = captureIo('', dir);
    expect(await calculate(['outsole-abrasion', 'input.json'], captured.io)).toBe(0);
    expect(JSON.parse(captured.stdout()).value).toBe('116');
  });

  it('rejects an unknown method, listing ids', async () => {
    const captured = captureIo('{}');
    const pending = calculate(['no-such-method'], captured.io);
    await expect(pending).rejects.toBeInstanceOf(UsageError);
    await expect(calculate(['no-such-method'], captureIo('{}').io)).rejects.toThrow(/outsole-abrasion/);
  });

  it('rejects bad JSON', async () => {
    await expect(calculate(['outsole-abrasion'], captureIo('{"specimens": [').io)).rejects.toThrow(/not valid JSON/);
  });

  it('rejects a missing file', async () => {
    await expect(calculate(['outsole-abrasion', 'absent.json'], captureIo('').io)).rejects.toThrow(/not found/);
  });

  it('names the field of bad input', async () => {
    const bad = JSON.stringify({ ...abrasionInput, density: 'abc' });
    const pending = calculate(['outsole-abrasion'], captureIo(bad).io);
    await expect(pending).rejects.toBeInstanceOf(UsageError);
    await expect(calculate(['outsole-abrasion'], captureIo(bad).io)).rejects.toThrow(/density is "abc"/);
  });

  it('exits 1 on a failed validity check', async () => {
    const captured = captureIo(JSON.stringify({ ...abrasionInput, referenceLoss: '240' }));
    expect(await calculate(['outsole-abrasion'], captured.io)).toBe(1);
    expect(captured.stderr()).toMatch(/outside 200 ± 20 mg/);
    expect(captured.stdout()).toBe('');
  });

  it('rejects a missing method argument', async () => {
    await expect(calculate([], captureIo('').io)).rejects.toThrow(/usage: jitu calculate/);
  });
});

describe('jitu methods', () => {
  it('lists every method id', async () => {
    const captured = captureIo('');
    expect(await methods([], captured.io)).toBe(0);
    expect(captured.stdout()).toMatch(/^outsole-abrasion\s+Outsole abrasion/m);
  });
});

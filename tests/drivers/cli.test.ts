import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.ts';
import { run as drivers } from '../../src/cli/drivers.ts';
import { run as parse } from '../../src/cli/parse.ts';
import { run as simulate } from '../../src/cli/simulate.ts';
import { memoryIo } from './helpers/cli-io.ts';
import { freePort } from './helpers/free-port.ts';
import { waitFor } from './helpers/socat-pair.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('jitu parse', () => {
  it('writes NDJSON measurements', async () => {
    const memory = memoryIo('S S     2.4500 g\r\nS D 1.2 g\r\n');
    expect(await parse(['mettler-sics'], memory.io)).toBe(0);
    const records = memory.stdout().trim().split('\n').map((line) => JSON.parse(line));
    expect(records).toEqual([
      { driver: 'mettler-sics', quantity: 'mass', value: '2.4500', unit: 'g', stable: true, status: 'ok', raw: 'S S     2.4500 g' },
      { driver: 'mettler-sics', quantity: 'mass', value: '1.2', unit: 'g', stable: false, status: 'ok', raw: 'S D 1.2 g' },
    ]);
    expect(memory.stderr()).toBe('');
  });

  it('reports other lines on stderr with numbers', async () => {
    const memory = memoryIo('Z A\r\ngarbage\r\n\r\nS +\r\n');
    expect(await parse(['mettler-sics'], memory.io)).toBe(0);
    expect(memory.stderr()).toMatch(/^line 1: event zero/m);
    expect(memory.stderr()).toMatch(/^line 2: not a measurement \(not an MT-SICS reply\): "garbage"$/m);
    expect(JSON.parse(memory.stdout()).status).toBe('overload');
  });

  it('reports invalid bytes visibly', async () => {
    const memory = memoryIo('S S 1.0\xff g\r\n');
    expect(await parse(['mettler-sics'], memory.io)).toBe(0);
    expect(memory.stdout()).toBe('');
    expect(memory.stderr()).toMatch(/^line 1: not a measurement \(line contains bytes invalid in ascii.*"S S 1\.0\uFFFD g"$/m);
  });

  it('reads the fixture file', async () => {
    const memory = memoryIo('', root);
    expect(await parse(['mettler-sics', 'fixtures/streams/mettler-sics.txt'], memory.io)).toBe(0);
    expect(memory.stdout().trim().split('\n').length).toBeGreaterThan(10);
  });

  it('rejects an unknown driver listing ids', async () => {
    const memory = memoryIo();
    await expect(parse(['nope'], memory.io)).rejects.toThrow(UsageError);
    await expect(parse(['nope'], memory.io)).rejects.toThrow(/known drivers: .*mettler-sics/);
  });

  it('rejects a missing file', async () => {
    await expect(parse(['mettler-sics', 'no-such-file'], memoryIo().io)).rejects.toThrow(/"no-such-file" not found/);
  });

  it('exits 2 as a process for an unknown driver', async () => {
    const result = await runCommand(['src/cli/parse.ts', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown driver "nope"; known drivers: /);
  });
});

describe('jitu drivers', () => {
  it('lists ids with descriptions', async () => {
    const memory = memoryIo();
    expect(await drivers([], memory.io)).toBe(0);
    expect(memory.stdout()).toMatch(/^mettler-sics\s+Mettler Toledo/m);
  });

  it('rejects arguments', async () => {
    await expect(drivers(['x'], memoryIo().io)).rejects.toThrow(/takes no arguments/);
  });
});

describe('jitu simulate', () => {
  it.each([
    [[], /missing DRIVER/],
    [['nope', '--to', 'tcp://127.0.0.1:9'], /unknown driver "nope"/],
    [['mettler-sics'], /missing --to/],
    [['mettler-sics', '--to', 'COM1'], /--to: invalid target "COM1"/],
    [['mettler-sics', '--to', 'tcp://127.0.0.1:9', '--rate', 'fast'], /invalid --rate "fast"/],
    [['mettler-sics', '--to', 'tcp://127.0.0.1:9', '--seed', '1.5'], /invalid --seed "1.5"/],
    [['mettler-sics', '--bogus'], /Unknown option '--bogus'/],
  ])('rejects %j', async (args, message) => {
    await expect(simulate(args as string[], memoryIo().io)).rejects.toThrow(message);
  });

  it('runs until SIGTERM and exits 0', async () => {
    const to = `tcp://127.0.0.1:${await freePort()}`;
    const child = spawnCommand(['../../../src/cli/simulate.ts', 'mettler-sics', '--to', to, '--rate', '5']);
    await waitFor(() => child.stderr().includes(`simulating mettler-sics on ${to}`), 'simulator start', 20_000);
    child.process.kill('SIGTERM');
    const code = await child.exited;
    expect(code).toBe(0);
  });
});

function spawnCommand(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/drivers/helpers/run-command.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, stderr: () => stderr, exited };
}

async function runCommand(args: string[]) {
  const child = spawnCommand(args.map((arg, index) => (index === 0 ? `../../../${arg}` : arg)));
  const code = await child.exited;
  return { code, stderr: child.stderr() };
}

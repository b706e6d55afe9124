import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { startRestartableService, type RestartableService } from './helpers/service.ts';

let service: RestartableService | undefined;

afterEach(async () => {
  await service?.close();
  service = undefined;
});

function captureIo(cwd: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr, env: {}, cwd };
  return { io, out: () => out, err: () => err };
}

describe('jitu gateway', () => {
  it('exits 1 on a rejected key', async () => {
    service = await startRestartableService();
    const dir = mkdtempSync(join(tmpdir(), 'jitu-gateway-cli-'));
    const wrongKey = 'jgk_wrong-key-that-must-not-be-logged';
    writeFileSync(join(dir, 'key'), `${wrongKey}\n`, { mode: 0o600 });
    const capture = captureIo(dir);

    const code = await main(['gateway', '--service', service.url, '--instrument', 'NRC-01', '--port', join(dir, 'tty'), '--key-file', 'key', '--buffer', 'buffer', '--lang', 'en'], capture.io);

    expect(code).toBe(1);
    expect(capture.err()).toContain('HTTP 401');
    expect(capture.err()).toContain('gateway key is unknown or revoked');
    expect(capture.out()).toContain('service rejected the gateway');
    expect(capture.out() + capture.err()).not.toContain(wrongKey);
  });

  it('exits 2 naming a missing option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jitu-gateway-cli-'));
    const capture = captureIo(dir);

    const code = await main(['gateway', '--instrument', 'NRC-01'], capture.io);

    expect(code).toBe(2);
    expect(capture.err()).toContain('missing --key-file');
  });

  it('exits 2 on an invalid service address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jitu-gateway-cli-'));
    writeFileSync(join(dir, 'key'), 'jgk_x\n', { mode: 0o600 });
    const capture = captureIo(dir);

    const code = await main(['gateway', '--service', 'http://127.0.0.1:1', '--instrument', 'NRC-01', '--port', '/dev/ttyUSB0', '--key-file', 'key', '--buffer', 'b'], capture.io);

    expect(code).toBe(2);
    expect(capture.err()).toContain('invalid --service');
  });
});

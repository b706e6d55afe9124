import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('./drivers-stream-source.ts', import.meta.url));

/** Starts the simulated instruments in a child process and waits until they run. */
export async function startSources(rateHz: number, targets: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', SOURCE, String(rateHz), ...targets], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`instrument sources exited with code ${code}`)));
  });
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, async () => {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return server;
    }),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Opens `count` socat pseudo-terminal pairs; `a` is the instrument end, `b` the reader end. */
export async function openPtyPairs(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'jitu-bench-'));
  const pairs = Array.from({ length: count }, (_, index) => ({
    a: join(dir, `a${index}`),
    b: join(dir, `b${index}`),
  }));
  const children = pairs.map(({ a, b }) =>
    spawn('/usr/bin/socat', [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: 'ignore' }),
  );
  const deadline = Date.now() + 10_000;
  while (!pairs.every(({ a, b }) => existsSync(a) && existsSync(b))) {
    if (Date.now() > deadline) throw new Error('timed out waiting for socat pseudo-terminals');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { pairs, close: () => Promise.all(children.map(stopProcess)) };
}

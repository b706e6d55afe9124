import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PseudoTerminalPair {
  /** The end an instrument (or its simulator) writes to. */
  instrumentPath: string;
  /** The end the service opens, as it would open /dev/ttyUSB0. */
  servicePath: string;
  close(): void;
}

/** Whether socat, which makes linked pseudo-terminals, is installed. */
export const hasSocat = () => existsSync('/usr/bin/socat');

/** Links two pseudo-terminals with socat, so that each end behaves as a serial port. */
export async function openPseudoTerminalPair(): Promise<PseudoTerminalPair> {
  const dir = mkdtempSync(join(tmpdir(), 'jitu-pty-'));
  const instrumentPath = join(dir, 'instrument');
  const servicePath = join(dir, 'service');
  const child: ChildProcess = spawn('socat', [
    `pty,raw,echo=0,link=${instrumentPath}`,
    `pty,raw,echo=0,link=${servicePath}`,
  ], { stdio: 'ignore' });
  for (let waited = 0; !(existsSync(instrumentPath) && existsSync(servicePath)); waited += 20) {
    if (child.exitCode !== null || waited > 5000) {
      child.kill();
      throw new Error('socat did not create the pseudo-terminal pair within 5 s');
    }
    await sleep(20);
  }
  return { instrumentPath, servicePath, close: () => child.kill() };
}

import type { Readable, Writable } from 'node:stream';

/** Streams and environment a command runs against, so tests can drive a command in-process. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command returns its exit code: 0 success, 1 failure, 2 bad usage or bad input. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Thrown for bad usage or bad input; the runner prints the message and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const processIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});

/**
 * Resolves on SIGINT or SIGTERM; `cancel` removes the listeners. Call it
 * before announcing that a long-running command is ready, so a signal sent
 * right after the announcement finds the listeners in place.
 */
export function waitForSignal(): { received: Promise<{ reason: 'closed' }>; cancel(): void } {
  let stop = () => {};
  const received = new Promise<{ reason: 'closed' }>((resolve) => {
    stop = () => resolve({ reason: 'closed' });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const cancel = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
  return { received, cancel };
}

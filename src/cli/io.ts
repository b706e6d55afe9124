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

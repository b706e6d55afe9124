import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../../src/cli/io.ts';

/** Builds in-memory CLI streams; `stdout()` and `stderr()` return what was written. */
export function memoryIo(stdin = '', cwd = process.cwd()) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const io: CliIo = { stdin: Readable.from([Buffer.from(stdin, 'latin1')]), stdout, stderr, env: {}, cwd };
  return {
    io,
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8'),
  };
}

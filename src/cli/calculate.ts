import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { getMethod, listMethods, MethodCheckError, MethodInputError } from '../../methods/index.ts';
import { type Command, UsageError } from './io.ts';

const USAGE = 'usage: jitu calculate METHOD [FILE]   (reads the input JSON from stdin when FILE is absent)';

/**
 * `jitu calculate METHOD [FILE]`: runs a method's calculation on a JSON input
 * object and writes the result as one JSON object. Bad usage and bad input
 * raise UsageError (exit 2). A failed validity check of the method, such as a
 * reference rubber outside its window, is written to stderr with exit 1.
 */
export const run: Command = async (args, io) => {
  const [methodId, file, ...extra] = args;
  if (methodId === undefined || extra.length > 0) throw new UsageError(USAGE);
  const method = getMethod(methodId);
  if (!method) {
    const known = listMethods().map((m) => m.id).join(', ');
    throw new UsageError(`method "${methodId}" not found: use one of ${known}`);
  }
  const source = file === undefined || file === '-' ? 'stdin' : file;
  const text = source === 'stdin' ? await readStream(io.stdin) : await readInputFile(resolve(io.cwd, source));
  const input = parseJson(text, source);
  try {
    io.stdout.write(`${JSON.stringify(method.calculate(input))}\n`);
    return 0;
  } catch (error) {
    if (error instanceof MethodCheckError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof MethodInputError) throw new UsageError(error.message);
    throw error;
  }
};

async function readInputFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : 'cannot be read';
    throw new UsageError(`input file ${path} ${reason}: give the path of a JSON file, or pipe the JSON on stdin`);
  }
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`input from ${source} is not valid JSON (${(error as Error).message}): give one JSON object such as {"specimens": [...]}`);
  }
}

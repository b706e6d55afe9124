import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Parses a JSON data file against a schema. On failure it throws the error
 * that `toError` builds from a message naming the file and the invalid fields.
 */
export function readDataFile<T>(path: string, schema: z.ZodType<T>, toError: (message: string) => Error): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw toError(`Cannot read ${path}: ${(error as Error).message}`);
  }

  const result = schema.safeParse(json);
  if (!result.success) {
    throw toError(`Invalid ${path}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

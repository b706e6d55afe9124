import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readDataFile } from '../calendar/read-data-file.ts';

const FILE = fileURLToPath(new URL('../../../fixtures/reception/method-drivers.json', import.meta.url));

const methodDriversSchema = z.object({
  note: z.string().optional(),
  methods: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

let table: Record<string, string[]> | undefined;

/** Returns the driver ids whose instruments can run the method; empty when none is listed. */
export function driversForMethod(methodId: string): string[] {
  table ??= readDataFile(FILE, methodDriversSchema, (message) => new Error(message)).methods;
  return table[methodId] ?? [];
}

import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { runDemo } from '../demo/run-demo.ts';
import { UsageError, type Command } from './io.ts';

export const run: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { transport: { type: 'string' } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; usage: jitu demo [--transport pty|tcp]`);
  }
  const transport = values.transport;
  if (transport !== undefined && transport !== 'pty' && transport !== 'tcp') {
    throw new UsageError(`--transport must be pty or tcp, got "${transport}"`);
  }
  const outcome = await runDemo(loadConfig(io.env, io.cwd), (line) => io.stderr.write(`${line}\n`), transport);
  io.stderr.write(`sample ${outcome.sampleCode}: ${outcome.value} ${outcome.unit} over ${outcome.transport}\n`);
  io.stdout.write(`${outcome.pdfPath}\n`);
  return 0;
};

import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { startService } from '../server.ts';
import { UsageError, waitForSignal, type Command } from './io.ts';

export const run: Command = async (args, io) => {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { 'no-demo': { type: 'boolean', default: false } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}; usage: jitu serve [--no-demo]`);
  }
  const config = loadConfig(io.env, io.cwd);
  const service = await startService(config, {
    demo: !values['no-demo'],
    env: io.env,
    announce: (text) => io.stdout.write(`${text}\n`),
  });
  const signal = waitForSignal();
  io.stdout.write(`Jitu is serving ${service.url} (API docs at ${service.url}/docs, database ${config.databaseFile})\n`);
  await signal.received;
  await service.stop();
  return 0;
};

import { listDrivers } from '../../drivers/index.ts';
import { UsageError, type Command } from './io.ts';

/** `jitu drivers`: lists driver ids with one-line descriptions. */
export const run: Command = async (args, io) => {
  if (args.length > 0) {
    throw new UsageError(`unexpected argument "${args[0]}": \`jitu drivers\` takes no arguments`);
  }
  const drivers = listDrivers();
  const width = Math.max(...drivers.map((driver) => driver.id.length));
  for (const driver of drivers) {
    io.stdout.write(`${driver.id.padEnd(width)}  ${driver.description}\n`);
  }
  return 0;
};

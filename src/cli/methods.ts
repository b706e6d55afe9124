import { listMethods } from '../../methods/index.ts';
import { type Command, UsageError } from './io.ts';

/** `jitu methods`: lists method ids with the standard and the English title, one a line. */
export const run: Command = async (args, io) => {
  if (args.length > 0) throw new UsageError('usage: jitu methods   (takes no arguments)');
  const methods = listMethods();
  const width = Math.max(...methods.map((m) => m.id.length));
  for (const method of methods) {
    io.stdout.write(`${method.id.padEnd(width)}  ${method.title.en} (${method.standard})\n`);
  }
  return 0;
};

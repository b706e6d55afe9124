// Runs one CLI command module as a process: `tsx run-command.ts MODULE ARGS...`.
// UsageError exits 2 with its message, as the jitu runner does.
import { processIo, UsageError, type Command } from '../../../src/cli/io.ts';

const [modulePath, ...args] = process.argv.slice(2);
const { run } = (await import(modulePath!)) as { run: Command };
try {
  process.exitCode = await run(args, processIo());
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}

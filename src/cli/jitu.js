#!/usr/bin/env node
// Entry point of the `jitu` command. The sources are TypeScript, run through
// tsx's loader so that no build step stands between a clone and a command.
import { register } from 'tsx/esm/api';

// A reader that stops early (`jitu parse ... | head`) closes the pipe; that
// ends the command quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// Entry point of the `jitu` command. The sources are TypeScript, run through
// tsx's loader so that no build step stands between a clone and a command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));

import { ConfigError } from '../config.ts';
import { JituError } from '../errors.ts';
import { processIo, UsageError, type CliIo, type Command } from './io.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: Command }> }> = {
  serve: { summary: 'serve the API and web app on the embedded SQLite database', load: () => import('./serve.ts') },
  demo: { summary: 'run the whole testing flow against a simulated balance and print the LHU path', load: () => import('./demo.ts') },
  parse: { summary: 'parse raw instrument bytes into NDJSON measurements', load: () => import('./parse.ts') },
  calculate: { summary: 'calculate a method result from JSON inputs', load: () => import('./calculate.ts') },
  methods: { summary: 'list test methods', load: () => import('./methods.ts') },
  drivers: { summary: 'list instrument drivers', load: () => import('./drivers.ts') },
  simulate: { summary: 'run a simulated instrument on a serial path or TCP port', load: () => import('./simulate.ts') },
  gateway: { summary: 'forward a bench PC serial port to the service, buffering on disk', load: () => import('./gateway.ts') },
  audit: { summary: 'audit verify: walk the audit chain and report the first broken event', load: () => import('./audit.ts') },
  user: { summary: 'user add: create an account (the first admin, for example)', load: () => import('./user.ts') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['Usage: jitu COMMAND [ARGS]', '', 'Commands:', ...lines, ''].join('\n');
}

/** Runs one `jitu` command and returns its exit code: 0 ok, 1 failure, 2 bad usage or input. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`jitu: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`jitu ${name}: ${command.summary}\nSee README.md for its arguments; a call without them prints its usage.\n`);
    return 0;
  }
  try {
    const { run } = await command.load();
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || (error instanceof JituError && error.status < 500)) {
      io.stderr.write(`jitu ${name}: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`jitu ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

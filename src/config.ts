import { resolve } from 'node:path';

export interface Config {
  /** SQLite file; `:memory:` for a throwaway database. */
  databaseFile: string;
  /** Folder for generated files such as demo reports. */
  dataDir: string;
  host: string;
  port: number;
  /** Address printed in QR codes for report verification. */
  publicUrl: string;
  /** Whether one person may both verify and validate the same result. */
  allowVerifierToValidate: boolean;
  logLevel: string;
}

/** Reads the configuration from JITU_* environment variables, with the embedded defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = resolve(cwd, env.JITU_DATA_DIR ?? 'data');
  const port = Number(env.JITU_PORT ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`JITU_PORT must be a port number from 0 to 65535, got "${env.JITU_PORT ?? env.PORT}"`);
  }
  const host = env.JITU_HOST ?? '127.0.0.1';
  return {
    databaseFile: env.JITU_DATABASE ? resolve(cwd, env.JITU_DATABASE) : resolve(dataDir, 'jitu.sqlite'),
    dataDir,
    host,
    port,
    publicUrl: env.JITU_PUBLIC_URL ?? `http://${host}:${port}`,
    allowVerifierToValidate: env.JITU_ALLOW_VERIFIER_TO_VALIDATE === '1',
    logLevel: env.JITU_LOG_LEVEL ?? 'info',
  };
}

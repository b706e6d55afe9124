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
  /**
   * Whether one person may both verify and validate the same result
   * (JITU_ALLOW_VERIFIER_TO_VALIDATE: 1/true or 0/false, default false).
   * Nobody may verify or validate their own test whatever this says.
   */
  allowVerifierToValidate: boolean;
  logLevel: string;
}

/** A setting with a value the service cannot use; the command line exits 2 with its message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads a yes/no setting: 1 or true, 0 or false, unset is false; anything else is a mistake. */
function readFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(`${name} must be 1, true, 0 or false, got "${env[name]}"`);
}

/** Reads the configuration from JITU_* environment variables, with the embedded defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const dataDir = resolve(cwd, env.JITU_DATA_DIR ?? 'data');
  const port = Number(env.JITU_PORT ?? env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`JITU_PORT must be a port number from 0 to 65535, got "${env.JITU_PORT ?? env.PORT}"`);
  }
  const host = env.JITU_HOST ?? '127.0.0.1';
  return {
    databaseFile: env.JITU_DATABASE ? resolve(cwd, env.JITU_DATABASE) : resolve(dataDir, 'jitu.sqlite'),
    dataDir,
    host,
    port,
    publicUrl: env.JITU_PUBLIC_URL ?? `http://${host}:${port}`,
    allowVerifierToValidate: readFlag(env, 'JITU_ALLOW_VERIFIER_TO_VALIDATE'),
    logLevel: env.JITU_LOG_LEVEL ?? 'info',
  };
}

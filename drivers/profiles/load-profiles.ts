import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from '../types.ts';
import { profileDriver } from './profile-driver.ts';
import { validateProfile } from './validate-profile.ts';

/** Folder of the profiles shipped with Jitu, one JSON file per instrument. */
export const SHIPPED_PROFILES_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Loads one profile file into a driver; throws naming the file and the invalid field. */
export function loadProfileFile(path: string): Driver {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TypeError(`profile ${path}: not readable as JSON: ${(error as Error).message}`);
  }
  return profileDriver(validateProfile(data, path));
}

/** Loads every `*.json` profile in a folder, sorted by file name. */
export function loadProfileDirectory(dir: string): Driver[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  return files.map((name) => loadProfileFile(join(dir, name)));
}

import { mettlerSics } from './mettler-sics.ts';
import type { Driver } from './types.ts';

const DRIVERS: Driver[] = [mettlerSics];

const BY_ID = new Map(DRIVERS.map((driver) => [driver.id, driver]));

export function getDriver(id: string): Driver | undefined {
  return BY_ID.get(id);
}

/** Returns every registered driver, sorted by id. */
export function listDrivers(): Driver[] {
  return [...BY_ID.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export type { Driver, LineOutcome, Measurement } from './types.ts';
export { parseBytes } from './parse-bytes.ts';

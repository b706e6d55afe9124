import { andBalance } from './and-balance.ts';
import { mettlerSics } from './mettler-sics.ts';
import { modbusCounter } from './modbus/modbus-counter-driver.ts';
import { loadProfileDirectory, SHIPPED_PROFILES_DIR } from './profiles/load-profiles.ts';
import { sartoriusSbi } from './sartorius-sbi.ts';
import type { Driver } from './types.ts';

// Profile drivers come from drivers/profiles/*.json; a laboratory adapts an
// instrument by editing or adding a JSON file there, without code.
const DRIVERS: Driver[] = [
  mettlerSics,
  sartoriusSbi,
  andBalance,
  modbusCounter,
  ...loadProfileDirectory(SHIPPED_PROFILES_DIR),
];

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

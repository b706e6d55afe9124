import { mettlerSicsSimulator } from './mettler-sics.ts';
import type { SimulatorDefinition } from './model.ts';

const SIMULATORS: SimulatorDefinition[] = [mettlerSicsSimulator];

const BY_DRIVER = new Map(SIMULATORS.map((simulator) => [simulator.driverId, simulator]));

export function getSimulator(driverId: string): SimulatorDefinition | undefined {
  return BY_DRIVER.get(driverId);
}

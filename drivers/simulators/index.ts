export { getSimulator } from './registry.ts';
export { startSimulator } from './start-simulator.ts';
export type { SimulatorHandle, StartSimulatorOptions } from './start-simulator.ts';
export type { ScriptReading, SimulatorScript } from './model.ts';

import { andBalanceSimulator } from './and-balance.ts';
import {
  martindaleSimulator,
  rossFlexerSimulator,
  vampFlexerSimulator,
  wholeSoleFlexerSimulator,
} from './counter-machines.ts';
import { ovenLogSimulator, thermoHygrometerSimulator } from './environment-loggers.ts';
import { mettlerSicsSimulator } from './mettler-sics.ts';
import type { SimulatorDefinition } from './model.ts';
import { modbusCounterSimulator } from './modbus-counter.ts';
import { phMeterSimulator } from './ph-meter.ts';
import { sartoriusSbiSimulator } from './sartorius-sbi.ts';
import {
  adhesionTesterSimulator,
  heelImpactSimulator,
  slipTesterSimulator,
  toecapImpactSimulator,
} from './testing-machines.ts';
import { uvVisSimulator } from './uv-vis.ts';

const SIMULATORS: SimulatorDefinition[] = [
  mettlerSicsSimulator,
  sartoriusSbiSimulator,
  andBalanceSimulator,
  phMeterSimulator,
  vampFlexerSimulator,
  rossFlexerSimulator,
  wholeSoleFlexerSimulator,
  martindaleSimulator,
  slipTesterSimulator,
  adhesionTesterSimulator,
  toecapImpactSimulator,
  heelImpactSimulator,
  uvVisSimulator,
  thermoHygrometerSimulator,
  ovenLogSimulator,
  modbusCounterSimulator,
];

const BY_DRIVER = new Map(SIMULATORS.map((simulator) => [simulator.driverId, simulator]));

export function getSimulator(driverId: string): SimulatorDefinition | undefined {
  return BY_DRIVER.get(driverId);
}

export function listSimulators(): SimulatorDefinition[] {
  return [...SIMULATORS];
}

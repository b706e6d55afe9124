import { balanceModel, type BalanceReading } from './balance-session.ts';
import type { ScriptReading, SimulatorDefinition } from './model.ts';

/** Formats an A&D standard line: header, comma, signed zero-padded value, unit in 3. */
function andLine(value: string, stable: boolean, unit = 'g'): string {
  const sign = value.startsWith('-') ? '-' : '+';
  const digits = value.replace(/^[+-]/, '');
  return `${stable ? 'ST' : 'US'},${sign}${digits.padStart(8, '0')}${unit.padStart(3)}`;
}

function formatBalance(reading: BalanceReading): string {
  if (reading.kind === 'weight') return andLine(reading.value, reading.stable);
  if (reading.kind === 'overload') return 'OL,+9999999  g';
  if (reading.kind === 'underload') return 'OL,-9999999  g';
  return andLine('0.0000', false);
}

export const andBalanceSimulator: SimulatorDefinition = {
  driverId: 'and-balance',
  createModel: (random) => balanceModel(random, formatBalance),
  formatReading: (reading: ScriptReading, stable) => andLine(reading.value, stable, reading.unit),
};

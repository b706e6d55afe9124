import { balanceModel, type BalanceReading } from './balance-session.ts';
import type { ScriptReading, SimulatorDefinition } from './model.ts';

/** Formats an SBI 22-character line: identifier, sign, value in 8, unit in 3. */
function sbiLine(value: string, stable: boolean, unit = 'g'): string {
  const sign = value.startsWith('-') ? '-' : '+';
  const digits = value.replace(/^[+-]/, '');
  return `N     ${sign} ${digits.padStart(8)} ${stable ? unit.padEnd(3) : '   '}`;
}

function formatBalance(reading: BalanceReading): string {
  if (reading.kind === 'weight') return sbiLine(reading.value, reading.stable);
  if (reading.kind === 'overload') return 'High';
  if (reading.kind === 'underload') return 'Low';
  return 'Stat     Cal.Int.';
}

export const sartoriusSbiSimulator: SimulatorDefinition = {
  driverId: 'sartorius-sbi',
  createModel: (random) => balanceModel(random, formatBalance),
  formatReading: (reading: ScriptReading, stable) => sbiLine(reading.value, stable, reading.unit),
};

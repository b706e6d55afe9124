import { batchedModel } from './batched-model.ts';
import type { SimulatorDefinition } from './model.ts';
import type { Random } from './random.ts';
import { fixed } from './settle.ts';

const NERNST_SLOPE_MV = 59.16;

function reading(stability: 'S' | 'D', ph: number, temperature: number): string {
  return `READ,${stability},${fixed(ph, 2)},pH,${fixed(temperature, 1)},C`;
}

function calibration(random: Random): string {
  const slope = fixed(random.between(95, 101), 1);
  const offset = fixed(random.gaussian(6), 1);
  return `CAL,slope=${slope}%,offset=${offset}mV,buffers=4.01/7.00/10.01`;
}

/** Returns one leather extract: readings drifting towards its pH, then the stable pH and mV. */
function sample(random: Random): string[] {
  const target = random.between(3.2, 6.5);
  const temperature = 25 + random.gaussian(0.2);
  const lines = [0.4, 0.15, 0.05].map((offset) => reading('D', target + offset, temperature));
  lines.push(reading('S', target, temperature));
  const millivolts = (7 - target) * NERNST_SLOPE_MV * random.between(0.97, 1.0);
  lines.push(`READ,S,${fixed(millivolts, 1)},mV,${fixed(temperature, 1)},C`);
  return lines;
}

/** Simulates a pH meter: calibrations with slope and offset, samples, an over-range now and then. */
export const phMeterSimulator: SimulatorDefinition = {
  driverId: 'ph-meter',
  createModel: (random) =>
    batchedModel(() => {
      if (random.chance(0.1)) return [calibration(random)];
      if (random.chance(0.03)) return ['READ,OVER,pH'];
      return sample(random);
    }),
  formatReading: (value, stable) => `READ,${stable ? 'S' : 'D'},${value.value},pH,25.0,C`,
};

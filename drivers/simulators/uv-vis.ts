import { batchedModel } from './batched-model.ts';
import type { SimulatorDefinition } from './model.ts';
import type { Random } from './random.ts';
import { fixed } from './settle.ts';

/** Returns a short scan around the 540 nm peak of the Cr(VI) complex. */
function scan(random: Random): string[] {
  const lines = ['SCAN START 500 580 10'];
  for (let wavelength = 500; wavelength <= 580; wavelength += 10) {
    const peak = 0.6 * Math.exp(-(((wavelength - 540) / 25) ** 2));
    lines.push(`${fixed(peak + random.gaussian(0.002), 3)}\t${wavelength}`);
  }
  lines.push('SCAN END');
  return lines;
}

/** Simulates a spectrophotometer reading at 540 nm, with scans and over-range now and then. */
export const uvVisSimulator: SimulatorDefinition = {
  driverId: 'uv-vis',
  createModel: (random) =>
    batchedModel(() => {
      if (random.chance(0.15)) return scan(random);
      if (random.chance(0.03)) return ['OVER\t540'];
      const absorbance = random.between(0.01, 0.9) + random.gaussian(0.001);
      return ['ZERO 540', `${fixed(absorbance, 3)}\t540`];
    }),
  formatReading: (reading) => `${reading.value}\t${reading.channel ?? '540'}`,
};

import { batchedModel } from './batched-model.ts';
import type { SimulatorDefinition } from './model.ts';
import type { Random } from './random.ts';
import { fixed } from './settle.ts';

const MODES = ['HEEL-FWD', 'FLAT-FWD', 'FORE-BWD'] as const;

/** Slip tests cycling through the modes, coefficients around 0.3, an abort now and then. */
export const slipTesterSimulator: SimulatorDefinition = {
  driverId: 'slip-tester',
  createModel: (random) => {
    let test = 0;
    return {
      nextLines: () => {
        test++;
        const mode = MODES[test % MODES.length]!;
        const number = String(test).padStart(4, '0');
        if (random.chance(0.03)) return [`TEST ${number} MODE ${mode} ABORT NORMAL FORCE NOT REACHED`];
        const force = fixed(500 + random.gaussian(2), 1);
        return [`TEST ${number} MODE ${mode} FN ${force} N COF ${fixed(random.between(0.2, 0.45), 2)}`];
      },
    };
  },
  formatReading: (reading) => `TEST 0001 MODE ${reading.channel ?? 'HEEL-FWD'} FN 500.0 N COF ${reading.value}`,
};

/** Force samples of one peel: a rise to a peak, a noisy plateau, a drop. */
function peelCurve(random: Random, plateau: number): string[] {
  const samples: string[] = [];
  for (let step = 1; step <= 5; step++) samples.push(fixed((plateau * 1.3 * step) / 5, 2));
  for (let step = 0; step < 20; step++) samples.push(fixed(plateau + random.gaussian(plateau * 0.05), 2));
  for (let step = 4; step >= 0; step--) samples.push(fixed((plateau * step) / 5, 2));
  return samples.map((force) => `${force} N`);
}

export const adhesionTesterSimulator: SimulatorDefinition = {
  driverId: 'adhesion-tester',
  createModel: (random) => {
    let specimen = 0;
    return batchedModel(() => {
      const name = `S${++specimen}`;
      const plateau = random.between(80, 160);
      const failure = random.pick(['ADH', 'COH', 'SOLE-TEAR']);
      const lines = [`START ${name} W 20 mm`, ...peelCurve(random, plateau), `END ${name} ${failure}`];
      if (random.chance(0.05)) lines.splice(10, 0, '*10');
      return lines;
    });
  },
  formatReading: (reading) => `${reading.value} ${reading.unit ?? 'N'}`,
};

export const toecapImpactSimulator: SimulatorDefinition = {
  driverId: 'toecap-impact',
  createModel: (random) => {
    let specimen = 0;
    return {
      nextLines: () => {
        const name = `T${++specimen}`;
        const clearance = fixed(random.between(13.5, 17), 1);
        if (random.chance(0.05)) return [`IMP ${name} NO-READING`];
        if (specimen % 2 === 0) return [`CMP ${name} F ${fixed(15 + random.gaussian(0.03), 2)} kN CLR ${clearance} mm`];
        return [`IMP ${name} E ${fixed(200 + random.gaussian(1), 1)} J CLR ${clearance} mm`];
      },
    };
  },
  formatReading: (reading) => `IMP T1 E 200.0 J CLR ${reading.value} mm`,
};

export const heelImpactSimulator: SimulatorDefinition = {
  driverId: 'heel-impact',
  createModel: (random) => {
    let specimen = 0;
    return {
      nextLines: () => {
        const name = `H${++specimen}`;
        if (random.chance(0.05)) return [`HEEL ${name} ABORT`];
        const energy = fixed(random.between(18, 32), 1);
        const deformation = fixed(random.between(8, 14), 1);
        return [`HEEL ${name} E ${energy} J F 5000 N D ${deformation} mm`];
      },
    };
  },
  formatReading: (reading) => `HEEL H1 E ${reading.value} J F 5000 N D 11.0 mm`,
};

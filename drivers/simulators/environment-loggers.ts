import type { SimulatorDefinition } from './model.ts';
import { fixed } from './settle.ts';

/** Conditioning room at 23 °C and 50 % RH with slow drift and sensor noise. */
export const thermoHygrometerSimulator: SimulatorDefinition = {
  driverId: 'thermo-hygrometer',
  createModel: (random) => {
    let temperature = 23;
    let humidity = 50;
    let tick = 0;
    return {
      nextLines: () => {
        temperature += random.gaussian(0.02) + (23 - temperature) * 0.05;
        humidity += random.gaussian(0.1) + (50 - humidity) * 0.05;
        const channel = `CH${(tick++ % 2) + 1}`;
        if (random.chance(0.01)) return [`${channel} T --.- C`];
        return [`${channel} T ${fixed(temperature, 1)} C`, `${channel} RH ${fixed(humidity, 1)} %`];
      },
    };
  },
  formatReading: (reading) => `${reading.channel ?? 'CH1'} T ${reading.value} C`,
};

/** An ageing oven holding 70 °C, with an alarm now and then. */
export const ovenLogSimulator: SimulatorDefinition = {
  driverId: 'oven-log',
  createModel: (random) => {
    let temperature = 25;
    return {
      nextLines: () => {
        temperature += (70 - temperature) * 0.1 + random.gaussian(0.15);
        if (random.chance(0.01)) return ['OVEN1 DOOR OPEN'];
        if (temperature > 72) return [`OVEN1 ALARM HIGH ${fixed(temperature, 1)}`];
        return [`OVEN1 PV ${fixed(temperature, 1)} SP 70.0 C`];
      },
    };
  },
  formatReading: (reading) => `${reading.channel ?? 'OVEN1'} PV ${reading.value} SP 70.0 C`,
};

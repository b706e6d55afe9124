import { describe, expect, it } from 'vitest';
import { getDriver, listDrivers } from '../../drivers/index.ts';
import { parseBytes } from '../../drivers/parse-bytes.ts';
import { getSimulator, listSimulators } from '../../drivers/simulators/registry.ts';
import { Random } from '../../drivers/simulators/random.ts';
import { scriptLines } from '../../drivers/simulators/scripted-model.ts';

describe('simulators', () => {
  it('exist for every driver', () => {
    const missing = listDrivers().filter((driver) => !getSimulator(driver.id)).map((driver) => driver.id);
    expect(missing).toEqual([]);
  });

  describe.each(listSimulators().map((simulator) => [simulator.driverId, simulator] as const))('%s', (id, simulator) => {
    const driver = getDriver(id)!;

    it('writes only lines its driver recognises', () => {
      for (const seed of [1, 2, 3]) {
        const model = simulator.createModel(new Random(seed));
        const lines = Array.from({ length: 300 }, () => model.nextLines()).flat();
        const parsed = parseBytes(driver, Buffer.from(lines.map((line) => line + driver.serial.delimiter).join('')));
        expect(parsed.unrecognised, `seed ${seed}`).toEqual([]);
        expect(parsed.measurements.length).toBeGreaterThan(0);
      }
    });

    it('is reproducible from its seed', () => {
      const run = () => {
        const model = simulator.createModel(new Random(9));
        return Array.from({ length: 50 }, () => model.nextLines()).flat();
      };
      expect(run()).toEqual(run());
    });

    it('sends scripted readings as sent', () => {
      const lines = scriptLines({ readings: [{ value: '12.0' }, { value: '30.0' }], dynamicBefore: 0 }, simulator, new Random(1));
      const parsed = parseBytes(driver, Buffer.from(lines.map((line) => line + driver.serial.delimiter).join('')));
      expect(parsed.unrecognised).toEqual([]);
      expect(parsed.measurements.map(({ measurement }) => Number(measurement.value))).toEqual([12, 30]);
    });
  });

  it('varies the balance between noise, settling and faults', () => {
    const model = getSimulator('mettler-sics')!.createModel(new Random(5));
    const lines = Array.from({ length: 600 }, () => model.nextLines()).flat();
    expect(lines.some((line) => line.startsWith('S D'))).toBe(true);
    expect(lines.some((line) => line.startsWith('S S'))).toBe(true);
    expect(lines).toContain('S +');
    expect(lines).toContain('S I');
  });
});

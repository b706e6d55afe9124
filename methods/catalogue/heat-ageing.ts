// Thermal pre-ageing of leather in an oven before the Cr(VI) test: ISO
// 10195:2018. Option A1 is 24 h at 60 ± 2 °C and RH < 20 %; option A2
// is 24 h at 80 ± 2 °C and RH < 10 % (BLC recommends A2 for footwear).
// The oven is static, with no fan or active air exchange. This preparation
// step yields no conformity verdict: it checks the logged oven record against
// the chosen program (the category `iso-10195-a1` or `iso-10195-a2`) and
// reports the exposure time.
import { Decimal, formatFigure } from '../decimal.ts';
import { defineMethod, type MethodResult } from '../define-method.ts';
import { MethodCheckError, MethodInputError } from '../errors.ts';
import type { MethodInput } from '../input.ts';
import { LABORATORY_ROUNDING } from '../rounding-defaults.ts';

interface AgeingProgram {
  temperatureC: Decimal;
  toleranceC: Decimal;
  /** Relative humidity must stay below this, in % RH. */
  humidityBelowPct: Decimal;
  minimumHours: Decimal;
}

const PROGRAMS: Record<string, AgeingProgram> = {
  'iso-10195-a1': { temperatureC: new Decimal(60), toleranceC: new Decimal(2), humidityBelowPct: new Decimal(20), minimumHours: new Decimal(24) },
  'iso-10195-a2': { temperatureC: new Decimal(80), toleranceC: new Decimal(2), humidityBelowPct: new Decimal(10), minimumHours: new Decimal(24) },
};

export const heatAgeing = defineMethod(
  {
    id: 'heat-ageing',
    version: '1.0.0',
    standard: 'ISO 10195:2018',
    clause: 'ISO 10195 options A1 and A2 (thermal ageing before ISO 17075)',
    title: {
      id: 'Penuaan panas dalam oven (persiapan uji Cr VI)',
      en: 'Heat ageing in the oven (preparation for the Cr VI test)',
    },
    instruments: ['static oven without fan, ± 2 °C', 'temperature and humidity logger'],
    specimens: 0,
    conditioning: null,
    specimenFields: [],
    runFields: [
      { name: 'minimumTemperature', label: { id: 'Suhu terendah tercatat', en: 'Lowest logged temperature' }, unit: '°C', required: true },
      { name: 'maximumTemperature', label: { id: 'Suhu tertinggi tercatat', en: 'Highest logged temperature' }, unit: '°C', required: true },
      { name: 'maximumHumidity', label: { id: 'Kelembapan tertinggi tercatat', en: 'Highest logged humidity' }, unit: '% RH', required: true, accepts: 'non-negative' },
      { name: 'duration', label: { id: 'Lama penuaan', en: 'Ageing time' }, unit: 'h', required: true },
    ],
    reported: {
      quantity: { id: 'Lama penuaan', en: 'Ageing time' },
      unit: 'h',
      decimals: 1,
      rounding: LABORATORY_ROUNDING,
    },
    accredited: false,
    formula: 'checks logged temperature, humidity and time against the program; reports the time',
    uncertaintyModel: null,
  },
  computeHeatAgeing,
);

function computeHeatAgeing(input: MethodInput): MethodResult {
  const program = findProgram(input.category);
  const low = input.run['minimumTemperature']!;
  const high = input.run['maximumTemperature']!;
  const humidity = input.run['maximumHumidity']!;
  const duration = input.run['duration']!;
  const window = `${program.temperatureC.minus(program.toleranceC).toString()}–${program.temperatureC.plus(program.toleranceC).toString()} °C`;
  if (low.lt(program.temperatureC.minus(program.toleranceC)) || high.gt(program.temperatureC.plus(program.toleranceC))) {
    failCheck('oven-temperature', 'minimumTemperature', `the oven ran at ${low.toString()}–${high.toString()} °C, outside ${window}: repeat the ageing on fresh test portions`);
  }
  if (!humidity.lt(program.humidityBelowPct)) {
    failCheck('oven-humidity', 'maximumHumidity', `the humidity reached ${humidity.toString()} % RH, not below ${program.humidityBelowPct.toString()} %: repeat the ageing in a drier oven`);
  }
  if (duration.lt(program.minimumHours)) {
    failCheck('ageing-time', 'duration', `the ageing lasted ${duration.toString()} h, less than ${program.minimumHours.toString()} h: repeat the ageing`);
  }
  return {
    value: duration,
    budget: null,
    steps: { program: input.category, temperatureWindow: window, humidityBelowPct: program.humidityBelowPct.toString(), durationH: formatFigure(duration) },
  };
}

function findProgram(category: string | null): AgeingProgram {
  const program = category === null ? undefined : PROGRAMS[category];
  if (program) return program;
  const known = Object.keys(PROGRAMS).join(', ');
  throw new MethodInputError('unknown-option', 'category', `category ${category === null ? 'is missing' : `"${category}" is not known`}: give the ageing program, one of ${known}`);
}

function failCheck(check: string, field: string, message: string): never {
  throw new MethodCheckError(check, field, message, {});
}

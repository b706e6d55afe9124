import { stationCounter } from './station-counter.ts';

const pad = (count: number, width = 7) => String(count).padStart(width, '0');
const station = (index: number) => `ST${String(index).padStart(2, '0')}`;

function flexer(driverId: string, stations: number, cyclesPerTick: number, preset: number) {
  return stationCounter({
    driverId,
    station,
    stations,
    cyclesPerTick,
    preset,
    countLine: (label, count) => `${label} CYC ${pad(count)}`,
    stopLine: (label, count) => `${label} STOP ${pad(count)} PRESET`,
    faultLine: 'FAULT E12 MOTOR OVERLOAD',
  });
}

export const vampFlexerSimulator = flexer('vamp-flexer', 12, 150, 100_000);
export const rossFlexerSimulator = flexer('ross-flexer', 6, 50, 50_000);
export const wholeSoleFlexerSimulator = flexer('whole-sole-flexer', 6, 120, 30_000);

export const martindaleSimulator = stationCounter({
  driverId: 'martindale',
  station: (index) => `P${index}`,
  stations: 9,
  cyclesPerTick: 80,
  preset: 25_600,
  countLine: (label, count) => `${label} RUBS ${pad(count, 6)}`,
  stopLine: (label, count) => `${label} PRESET ${pad(count, 6)}`,
  faultLine: 'FAULT E03 DOOR OPEN',
});

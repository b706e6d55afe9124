import { Decimal } from 'decimal.js';

export interface PeelSummary {
  /** Highest force sample, as sent. */
  peak: string;
  /** Mean force over the plateau window, unrounded. */
  plateauMean: string;
  /** Samples that fell in the plateau window. */
  plateauSamples: number;
}

export interface PlateauWindow {
  /** Share of samples skipped at the start, while the peel front forms (default 0.2). */
  skipStart?: number;
  /** Share of samples skipped at the end, as the specimen separates (default 0.2). */
  skipEnd?: number;
}

/**
 * Summarises force samples of one peel: the peak and the mean of the plateau
 * between the skipped start and end. Decimal arithmetic throughout.
 * NOTE: the ISO 17708 averaging window is not known here. The 20 % / 20 %
 * default is a placeholder until the laboratory's controlled copy fixes it.
 */
export function summarisePeel(samples: string[], window: PlateauWindow = {}): PeelSummary {
  if (samples.length === 0) throw new RangeError('samples is empty; record at least one force sample');
  const forces = samples.map((sample) => new Decimal(sample));
  const peakIndex = forces.reduce((best, force, index) => (force.gt(forces[best]!) ? index : best), 0);
  const start = Math.floor(forces.length * (window.skipStart ?? 0.2));
  const end = Math.ceil(forces.length * (1 - (window.skipEnd ?? 0.2)));
  const plateau = forces.slice(start, Math.max(end, start + 1));
  const sum = plateau.reduce((total, force) => total.plus(force), new Decimal(0));
  return {
    peak: samples[peakIndex]!,
    plateauMean: sum.dividedBy(plateau.length).toString(),
    plateauSamples: plateau.length,
  };
}

/** Returns bond strength in N/mm: force in N divided by specimen width in mm. */
export function bondStrength(forceN: string, widthMm: string): string {
  const width = new Decimal(widthMm);
  if (!width.isFinite() || width.lte(0)) {
    throw new RangeError(`widthMm "${widthMm}" is invalid; give the specimen width in mm, above 0`);
  }
  return new Decimal(forceN).dividedBy(width).toString();
}

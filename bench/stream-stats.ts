// Helpers shared by the stream benchmarks.

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns the value at `share` (0 to 1) of an ascending list, or NaN for an empty one. */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

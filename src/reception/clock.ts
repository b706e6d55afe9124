import type { Config } from '../config.ts';

declare module '../config.ts' {
  interface Config {
    /**
     * Source of the current instant for reception (receipt times, due dates,
     * tariffs in force). Unset in service; tests set it to a fixed instant.
     */
    clock?: () => Date;
  }
}

/** Returns the current instant from the configured clock, or the system clock. */
export function currentInstant(config: Config): Date {
  return config.clock?.() ?? new Date();
}

import type { SimulatorModel } from './model.ts';

/** Builds a model that sends each batch from `nextBatch` one line per tick. */
export function batchedModel(nextBatch: () => string[]): SimulatorModel {
  let queue: string[] = [];
  return {
    nextLines: () => {
      if (queue.length === 0) queue = nextBatch();
      const line = queue.shift();
      return line === undefined ? [] : [line];
    },
  };
}

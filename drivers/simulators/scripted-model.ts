import type { SimulatorDefinition, SimulatorModel, SimulatorScript } from './model.ts';
import type { Random } from './random.ts';
import { settlingValues } from './settle.ts';

const DEFAULT_DYNAMIC_BEFORE = 2;

/** Expands a script into the lines it sends, in order. */
export function scriptLines(script: SimulatorScript, definition: SimulatorDefinition, random: Random): string[] {
  const lines: string[] = [];
  for (const reading of script.readings) {
    const count = reading.dynamicBefore ?? script.dynamicBefore ?? DEFAULT_DYNAMIC_BEFORE;
    for (const value of settlingValues(reading.value, count, random)) {
      lines.push(definition.formatReading({ ...reading, value }, false));
    }
    lines.push(definition.formatReading(reading, true));
  }
  return lines;
}

/**
 * Wraps a model so that it sends the script's lines one per tick first. The
 * inner model still replies to commands.
 */
export function scriptedModel(
  script: SimulatorScript,
  definition: SimulatorDefinition,
  random: Random,
): SimulatorModel {
  const inner = definition.createModel(random);
  const lines = scriptLines(script, definition, random);
  let index = 0;
  const nextLines = (): string[] => {
    if (index < lines.length) return [lines[index++]!];
    if (script.then === 'repeat' && lines.length > 0) {
      index = 1;
      return [lines[0]!];
    }
    return script.then === 'free' ? inner.nextLines() : [];
  };
  const model: SimulatorModel = { nextLines };
  if (inner.reply) model.reply = inner.reply.bind(inner);
  return model;
}

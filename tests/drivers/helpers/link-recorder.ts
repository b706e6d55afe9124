import type { LineOutcome } from '../../../drivers/types.ts';
import type { LinkChunk, LinkLine, LinkState } from '../../../drivers/transport/instrument-link.ts';

/** Collects everything a link reports, for assertions. */
export function recordLink() {
  const chunks: LinkChunk[] = [];
  const lines: { outcome: LineOutcome; line: LinkLine }[] = [];
  const states: LinkState[] = [];
  return {
    chunks,
    lines,
    states,
    onChunk: (chunk: LinkChunk) => void chunks.push(chunk),
    onLine: (outcome: LineOutcome, line: LinkLine) => void lines.push({ outcome, line }),
    onState: (state: LinkState) => void states.push(state),
    values: () =>
      lines.flatMap(({ outcome }) => (outcome.kind === 'measurement' ? [outcome.measurement.value] : [])),
    opened: () => states.filter((state) => state.state === 'open').length,
    cut: () => lines.filter(({ line }) => line.cut),
  };
}

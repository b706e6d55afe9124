import type { FramedLine } from './framing/line-framer.ts';
import type { Driver, LineOutcome } from './types.ts';

/**
 * Turns a framed line into an outcome. Lines with invalid bytes or cut for
 * length never reach the driver, so garbage cannot become a measurement.
 */
export function interpretLine(driver: Driver, line: FramedLine): LineOutcome {
  if (line.overLong) {
    const reason = `line of ${line.length} bytes exceeds the maximum line length and was discarded`;
    return { kind: 'unrecognised', reason, raw: line.text };
  }
  if (line.invalid) {
    const reason = `line contains bytes invalid in ${driver.serial.encoding} (shown as U+FFFD)`;
    return { kind: 'unrecognised', reason, raw: line.text };
  }
  return driver.parseLine(line.text);
}

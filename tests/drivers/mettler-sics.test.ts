import { describe, expect, it } from 'vitest';
import { parseSicsLine } from '../../drivers/mettler-sics.ts';

function measurementOf(line: string) {
  const outcome = parseSicsLine(line);
  if (outcome.kind !== 'measurement') throw new Error(`expected a measurement from ${line}`);
  return outcome.measurement;
}

describe('mettler-sics parseLine', () => {
  it('reads a stable weight as sent', () => {
    const m = measurementOf('S S     100.00 g');
    expect(m.value).toBe('100.00');
    expect(m.unit).toBe('g');
    expect(m.stable).toBe(true);
    expect(m.status).toBe('ok');
    expect(m.quantity).toBe('mass');
    expect(m.raw).toBe('S S     100.00 g');
  });

  it('keeps sign and trailing zeros', () => {
    expect(measurementOf('S S    -0.0200 g').value).toBe('-0.0200');
    expect(measurementOf('S S     2.4500 kg').unit).toBe('kg');
  });

  it('reads a dynamic weight as unstable', () => {
    const m = measurementOf('S D     129.07 g');
    expect(m.stable).toBe(false);
    expect(m.value).toBe('129.07');
  });

  it('tolerates extra whitespace', () => {
    const m = measurementOf('  S   S  2.4536   g  ');
    expect(m.value).toBe('2.4536');
    expect(m.unit).toBe('g');
  });

  it('reads SI replies', () => {
    expect(measurementOf('SI S   3.0001 g').value).toBe('3.0001');
  });

  it.each([
    ['S I', 'error'],
    ['S +', 'overload'],
    ['S -', 'underload'],
  ])('maps %s to status %s without a value', (line, status) => {
    const m = measurementOf(line);
    expect(m.status).toBe(status);
    expect(m.value).toBeNull();
    expect(m.stable).toBe(false);
  });

  it.each(['ES', 'ET', 'EL', 'EI'])('reports %s as an error event', (code) => {
    const outcome = parseSicsLine(code);
    expect(outcome.kind).toBe('event');
    if (outcome.kind === 'event') expect(outcome.detail.code).toBe(code);
  });

  it('reads zero and identification replies', () => {
    const zero = parseSicsLine('Z A');
    expect(zero).toMatchObject({ kind: 'event', event: 'zero', detail: { result: 'done' } });
    const id = parseSicsLine('I4 A "1234567"');
    expect(id).toMatchObject({ kind: 'event', event: 'identification', detail: { value: '1234567' } });
  });

  it.each(['S S abc g', 'S X 1.0 g', 'hello', 'S S 1.2.3 g', ''])('rejects %j', (line) => {
    expect(parseSicsLine(line).kind).toBe('unrecognised');
  });
});

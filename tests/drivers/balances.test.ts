import { describe, expect, it } from 'vitest';
import { parseAndLine } from '../../drivers/and-balance.ts';
import { parseSbiLine } from '../../drivers/sartorius-sbi.ts';
import type { LineOutcome } from '../../drivers/types.ts';

function measurementOf(outcome: LineOutcome) {
  if (outcome.kind !== 'measurement') throw new Error(`expected a measurement, got ${outcome.kind}`);
  return outcome.measurement;
}

describe('sartorius-sbi parseLine', () => {
  it('reads a 16-character stable line', () => {
    const m = measurementOf(parseSbiLine('+    123.56 g  '));
    expect(m.value).toBe('+123.56');
    expect(m.unit).toBe('g');
    expect(m.stable).toBe(true);
  });

  it('reads a 22-character line with identifier', () => {
    const m = measurementOf(parseSbiLine('N     -    0.0060 g  '));
    expect(m.value).toBe('-0.0060');
    expect(m.channel).toBe('N');
  });

  it('treats an empty unit as unstable', () => {
    const m = measurementOf(parseSbiLine('N     +    0.031'));
    expect(m.stable).toBe(false);
    expect(m.unit).toBeNull();
  });

  it('maps High and Low', () => {
    expect(measurementOf(parseSbiLine('High')).status).toBe('overload');
    expect(measurementOf(parseSbiLine('Low')).status).toBe('underload');
  });

  it('reports status and errors as events', () => {
    expect(parseSbiLine('Stat     Cal.Int.')).toMatchObject({ kind: 'event', event: 'status' });
    expect(parseSbiLine('Stat ERR 101')).toMatchObject({ kind: 'event', event: 'error', detail: { code: '101' } });
  });

  it('reads counts', () => {
    expect(measurementOf(parseSbiLine('Qnt +    253 pcs')).quantity).toBe('count');
  });

  it.each(['+ abc g', 'N + 1.2.3 g', 'Hello world'])('rejects %j', (line) => {
    expect(parseSbiLine(line).kind).toBe('unrecognised');
  });
});

describe('and-balance parseLine', () => {
  it('reads stable and unstable lines', () => {
    const stable = measurementOf(parseAndLine('ST,+00123.45  g'));
    expect(stable.value).toBe('+00123.45');
    expect(stable.stable).toBe(true);
    const unstable = measurementOf(parseAndLine('US,-00183.69  g'));
    expect(unstable.stable).toBe(false);
    expect(unstable.value).toBe('-00183.69');
  });

  it('tells overload from underload by sign', () => {
    expect(measurementOf(parseAndLine('OL,+9999999  g')).status).toBe('overload');
    expect(measurementOf(parseAndLine('OL,-9999999  g')).status).toBe('underload');
  });

  it.each(['ST,+12.3.4  g', 'XX,+00123.45  g', 'ST,abc g'])('rejects %j', (line) => {
    expect(parseAndLine(line).kind).toBe('unrecognised');
  });
});

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { escapeField, renderLabelsZpl } from '../../templates/label-zpl.ts';
import { LABELS } from './label-fixture.ts';

const GOLDEN = new URL('./golden/labels-50x25-8dpmm.zpl', import.meta.url);

describe('renderLabelsZpl', () => {
  it('matches the reviewed golden file', async () => {
    const golden = await readFile(GOLDEN, 'utf8');
    expect(renderLabelsZpl(LABELS)).toBe(golden);
  });

  it('writes one format per label', () => {
    const zpl = renderLabelsZpl(LABELS);
    expect(zpl.match(/\^XA/g)).toHaveLength(LABELS.length);
    expect(zpl.match(/\^XZ/g)).toHaveLength(LABELS.length);
    expect(zpl.match(/\^BC/g)).toHaveLength(LABELS.length);
    expect(zpl.match(/\^BQ/g)).toHaveLength(LABELS.length);
  });

  it('scales to the printer resolution', () => {
    const zpl = renderLabelsZpl(LABELS.slice(0, 1), { widthMm: 50, heightMm: 25, dotsPerMm: 12 });
    expect(zpl).toContain('^PW600');
    expect(zpl).toContain('^LL300');
  });

  it('escapes ZPL control characters in data', () => {
    expect(escapeField('S_07^A~1')).toBe('S_5F07_5EA_7E1');
    const zpl = renderLabelsZpl(LABELS.slice(2));
    expect(zpl).toContain('^FH^FDS_5F07_5EA_7E1^FS');
    expect(zpl).not.toContain('S_07^A');
  });

  it('rejects an invalid received date', () => {
    const label = { ...LABELS[0]!, receivedDate: '02-03-2026' };
    expect(() => renderLabelsZpl([label])).toThrow(/receivedDate/);
  });
});

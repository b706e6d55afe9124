import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  formatRupiah,
  loadTariffTable,
  QuotationError,
  quote,
  tariffTableSchema,
  type Tariff,
} from '../../src/reception/quotation.ts';

const tariffs = loadTariffTable(fileURLToPath(new URL('../../fixtures/tariffs/pnbp-2021.json', import.meta.url)));
const wib = (local: string) => new Date(`${local}:00+07:00`);

const safetyShoeItems = [
  { methodId: 'outsole-abrasion', samples: 3 },
  { methodId: 'upper-outsole-bond', samples: 3 },
  { methodId: 'toecap-impact', samples: 3 },
  { methodId: 'slip-resistance', samples: 3 },
];

describe('quote', () => {
  it('prices the Monday safety-shoe request', () => {
    // Three pairs, per sampel: 175.000 × 3 = 525.000, 200.000 × 3 = 600.000,
    // 350.000 × 3 = 1.050.000, 250.000 × 3 = 750.000, total 2.925.000.
    const quotation = quote({ items: safetyShoeItems, at: wib('2026-06-08T08:10'), tariffs });
    expect(quotation.date).toBe('2026-06-08');
    expect(quotation.lines.map((line) => line.subtotal)).toEqual([525_000, 600_000, 1_050_000, 750_000]);
    expect(quotation.lines[0]?.unitPrice).toBe(175_000);
    expect(quotation.lines[0]?.quantity).toBe(3);
    expect(quotation.total).toBe(2_925_000);
    expect(formatRupiah(quotation.total)).toBe('Rp 2.925.000');
  });

  it('switches tariff at Jakarta midnight', () => {
    // 2025-12-31T16:59:59Z is 23:59:59 WIB on 31 Dec (old row, 150.000), and
    // 2025-12-31T17:00:00Z is 00:00 WIB on 1 Jan 2026 (new row, 175.000).
    const items = [{ methodId: 'outsole-abrasion', samples: 2 }];
    const before = quote({ items, at: new Date('2025-12-31T16:59:59Z'), tariffs });
    const after = quote({ items, at: new Date('2025-12-31T17:00:00Z'), tariffs });
    expect(before.date).toBe('2025-12-31');
    expect(before.total).toBe(300_000);
    expect(after.date).toBe('2026-01-01');
    expect(after.total).toBe(350_000);
  });

  it('prices the 2025 request with the old row', () => {
    // Abrasion 150.000 × 3 = 450.000 replaces 525.000: 2.925.000 − 75.000 = 2.850.000.
    const quotation = quote({ items: safetyShoeItems, at: wib('2025-06-09T09:00'), tariffs });
    expect(quotation.total).toBe(2_850_000);
  });

  it('charges per parameter once', () => {
    // pH is per parameter: 75.000 × 1. Cr(VI) is per sampel: 400.000 × 3 = 1.200.000.
    const items = [
      { methodId: 'leather-ph', samples: 3 },
      { methodId: 'chromium-vi', samples: 3 },
    ];
    const quotation = quote({ items, at: wib('2026-02-02T10:00'), tariffs });
    expect(quotation.lines[0]?.quantity).toBe(1);
    expect(quotation.lines[0]?.subtotal).toBe(75_000);
    expect(quotation.lines[1]?.subtotal).toBe(1_200_000);
    expect(quotation.total).toBe(1_275_000);
  });

  it('rejects a method without any tariff', () => {
    const items = [{ methodId: 'heel-slip', samples: 1 }];
    const run = () => quote({ items, at: wib('2026-06-08T08:10'), tariffs });
    expect(run).toThrow(QuotationError);
    expect(run).toThrow('No PNBP tariff for method "heel-slip" is in force on 2026-06-08 (Asia/Jakarta)');
    expect(run).toThrow(/It has no tariff at all/);
  });

  it('rejects a date before the tariff', () => {
    const items = [{ methodId: 'toecap-impact', samples: 1 }];
    const run = () => quote({ items, at: wib('2021-05-31T10:00'), tariffs });
    expect(run).toThrow(/method "toecap-impact" is in force on 2021-05-31/);
    expect(run).toThrow(/Its tariffs cover 2021-06-01 to open/);
    expect(run).toThrow(expect.objectContaining({ code: 'TARIFF_NOT_FOUND' }));
  });

  it('rejects a non-positive sample count', () => {
    const items = [{ methodId: 'toecap-impact', samples: 0 }];
    const run = () => quote({ items, at: wib('2026-06-08T08:10'), tariffs });
    expect(run).toThrow('items[0].samples must be a positive integer, got 0 for method "toecap-impact".');
  });
});

describe('tariff table', () => {
  const row: Tariff = {
    methodId: 'toecap-impact',
    name: 'Impact',
    unit: 'per sampel',
    amount: 1000,
    effectiveFrom: '2024-01-01',
    effectiveTo: '2024-12-31',
    source: 'test',
  };

  it('rejects overlapping rows of one method', () => {
    const overlapping = { regulation: 'x', tariffs: [row, { ...row, effectiveFrom: '2024-12-31', effectiveTo: null }] };
    const result = tariffTableSchema.safeParse(overlapping);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Tariffs of method "toecap-impact" overlap from 2024-12-31.');
  });

  it('accepts adjoining rows', () => {
    const adjoining = { regulation: 'x', tariffs: [row, { ...row, effectiveFrom: '2025-01-01', effectiveTo: null }] };
    expect(tariffTableSchema.safeParse(adjoining).success).toBe(true);
  });

  it('rejects a fractional amount', () => {
    const fractional = { regulation: 'x', tariffs: [{ ...row, amount: 1000.5 }] };
    expect(tariffTableSchema.safeParse(fractional).success).toBe(false);
  });

  it('reports the file of invalid data', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'jitu-tariffs-')), 'broken.json');
    writeFileSync(path, '{"regulation": "x"}');
    expect(() => loadTariffTable(path)).toThrow(`Invalid ${path}`);
  });

  it('marks every demo amount as illustrative', () => {
    for (const tariff of tariffs.tariffs) {
      expect(tariff.note, tariff.methodId).toMatch(/^Illustrative/);
    }
  });
});

describe('formatRupiah', () => {
  it.each([
    [0, 'Rp 0'],
    [999, 'Rp 999'],
    [1000, 'Rp 1.000'],
    [1_250_000, 'Rp 1.250.000'],
    [12_345_678_901, 'Rp 12.345.678.901'],
    [-5000, '-Rp 5.000'],
  ])('formats %d', (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected);
  });

  it('rejects a fractional amount', () => {
    expect(() => formatRupiah(1.5)).toThrow('Rupiah amounts must be safe integers, got 1.5.');
  });
});

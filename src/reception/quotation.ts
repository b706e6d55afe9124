// Fee quotation for a test request from the PNBP tariffs (PP No. 54 Tahun
// 2021), with each tariff row in force from one Jakarta date to another.

import { z } from 'zod';
import { isCivilDate, jakartaDateOf, type CivilDate } from './calendar/jakarta-time.ts';
import { readDataFile } from './calendar/read-data-file.ts';

const civilDate = z.string().refine(isCivilDate, 'expected a date as YYYY-MM-DD');

// NOTE: the reading of `per parameter` awaits BPIPI's tariff sheet.
/**
 * Tariff unit. `per sampel` is charged once for each sample tested, and
 * `per parameter` once for the request, whatever the number of samples.
 */
export const tariffUnitSchema = z.enum(['per sampel', 'per parameter']);
export type TariffUnit = z.infer<typeof tariffUnitSchema>;

export const tariffSchema = z
  .object({
    methodId: z.string().min(1),
    name: z.string().min(1),
    unit: tariffUnitSchema,
    /** Amount in whole rupiah. */
    amount: z.number().int().nonnegative(),
    effectiveFrom: civilDate,
    /** Last day in force, inclusive, or null while the row is current. */
    effectiveTo: civilDate.nullable(),
    /** Legal basis of the amount, e.g. the regulation and its annex line. */
    source: z.string().min(1),
    note: z.string().optional(),
  })
  .refine((row) => row.effectiveTo === null || row.effectiveFrom <= row.effectiveTo, {
    message: 'effectiveFrom must not be after effectiveTo',
  });
export type Tariff = z.infer<typeof tariffSchema>;

export const tariffTableSchema = z
  .object({ regulation: z.string().min(1), note: z.string().optional(), tariffs: z.array(tariffSchema) })
  .superRefine((table, context) => {
    for (const message of findOverlaps(table.tariffs)) context.addIssue({ code: 'custom', message });
  });
export type TariffTable = z.infer<typeof tariffTableSchema>;

export type QuotationErrorCode = 'TARIFF_NOT_FOUND' | 'TARIFF_DATA_INVALID' | 'INVALID_ITEM';

/** Failure of a quotation, with a stable code for callers to test. */
export class QuotationError extends Error {
  override name = 'QuotationError';

  constructor(
    readonly code: QuotationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface QuotationItem {
  methodId: string;
  samples: number;
}

export interface QuotationLine {
  methodId: string;
  name: string;
  unit: TariffUnit;
  unitPrice: number;
  quantity: number;
  subtotal: number;
  source: string;
}

export interface Quotation {
  /** Jakarta date whose tariffs were applied. */
  date: CivilDate;
  lines: QuotationLine[];
  /** Sum of the subtotals in whole rupiah. */
  total: number;
}

export interface QuotationRequest {
  items: readonly QuotationItem[];
  at: Date;
  tariffs: TariffTable;
}

/** Prices each item with the tariff in force on the Jakarta date of `at`. */
export function quote(request: QuotationRequest): Quotation {
  const date = jakartaDateOf(request.at);
  const lines = request.items.map((item, index) => priceItem(item, index, date, request.tariffs));
  const total = lines.reduce((sum, line) => sum + line.subtotal, 0);

  if (!Number.isSafeInteger(total)) {
    throw new QuotationError('INVALID_ITEM', `The quotation total ${total} exceeds the safe integer range.`);
  }
  return { date, lines, total };
}

function priceItem(item: QuotationItem, index: number, date: CivilDate, table: TariffTable): QuotationLine {
  if (!Number.isInteger(item.samples) || item.samples < 1) {
    throw new QuotationError(
      'INVALID_ITEM',
      `items[${index}].samples must be a positive integer, got ${item.samples} for method "${item.methodId}".`,
    );
  }

  const tariff = findTariff(table, item.methodId, date);
  const quantity = tariff.unit === 'per sampel' ? item.samples : 1;
  return {
    methodId: item.methodId,
    name: tariff.name,
    unit: tariff.unit,
    unitPrice: tariff.amount,
    quantity,
    subtotal: tariff.amount * quantity,
    source: tariff.source,
  };
}

/** Returns the tariff row of the method in force on `date`. */
export function findTariff(table: TariffTable, methodId: string, date: CivilDate): Tariff {
  const rows = table.tariffs.filter((row) => row.methodId === methodId);
  const row = rows.find((candidate) => isInForce(candidate, date));
  if (row) return row;

  const periods = rows.map((candidate) => `${candidate.effectiveFrom} to ${candidate.effectiveTo ?? 'open'}`);
  const known = periods.length > 0 ? `Its tariffs cover ${periods.join(', ')}.` : 'It has no tariff at all.';
  throw new QuotationError(
    'TARIFF_NOT_FOUND',
    `No PNBP tariff for method "${methodId}" is in force on ${date} (Asia/Jakarta). ${known} ` +
      'Add a tariff row that covers this date.',
  );
}

function isInForce(row: Tariff, date: CivilDate): boolean {
  return row.effectiveFrom <= date && (row.effectiveTo === null || date <= row.effectiveTo);
}

function findOverlaps(rows: readonly Tariff[]): string[] {
  const sorted = [...rows].sort(
    (a, b) => a.methodId.localeCompare(b.methodId) || a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
  const overlaps: string[] = [];
  sorted.forEach((row, i) => {
    const previous = sorted[i - 1];
    if (previous?.methodId !== row.methodId) return;
    if (previous.effectiveTo === null || previous.effectiveTo >= row.effectiveFrom) {
      overlaps.push(`Tariffs of method "${row.methodId}" overlap from ${row.effectiveFrom}.`);
    }
  });
  return overlaps;
}

/** Reads and checks a tariff table such as `fixtures/tariffs/pnbp-2021.json`. */
export function loadTariffTable(path: string): TariffTable {
  return readDataFile(path, tariffTableSchema, (message) => new QuotationError('TARIFF_DATA_INVALID', message));
}

/** Formats whole rupiah with dots between thousands, e.g. `Rp 1.250.000`. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Rupiah amounts must be safe integers, got ${amount}.`);
  }
  const digits = Math.abs(amount).toString().replace(/\B(?=(\d{3})+$)/g, '.');
  return `${amount < 0 ? '-' : ''}Rp ${digits}`;
}

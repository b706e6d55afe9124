import { jakartaDateOf } from './calendar/index.ts';
import { findTariff, formatRupiah, quote, QuotationError, type Quotation, type TariffTable } from './quotation.ts';

export interface Fees {
  quotation: Quotation;
  /** Fee of each parameter in input order, null without a tariff; they add up to the quotation total. */
  fees: (number | null)[];
  /** Methods with no tariff in force, left out of the quotation. */
  missingTariffs: string[];
}

function hasTariff(tariffs: TariffTable, methodId: string, at: Date): boolean {
  try {
    findTariff(tariffs, methodId, jakartaDateOf(at));
    return true;
  } catch (error) {
    if (error instanceof QuotationError) return false;
    throw error;
  }
}

/**
 * Prices the parameters of a request with the tariffs in force at `at`. A
 * `per sampel` tariff is charged on every parameter row (one per sample), a
 * `per parameter` tariff once, on the first row of its method, so the fees
 * add up to the quotation total.
 */
export function priceParameters(methodIds: readonly string[], tariffs: TariffTable, at: Date): Fees {
  const rowsByMethod = new Map<string, number>();
  for (const methodId of methodIds) rowsByMethod.set(methodId, (rowsByMethod.get(methodId) ?? 0) + 1);
  const priced = [...rowsByMethod.keys()].filter((methodId) => hasTariff(tariffs, methodId, at));
  const missingTariffs = [...rowsByMethod.keys()].filter((methodId) => !priced.includes(methodId));
  const items = priced.map((methodId) => ({ methodId, samples: rowsByMethod.get(methodId)! }));
  const quotation = quote({ items, at, tariffs });

  const charged = new Set<string>();
  const fees = methodIds.map((methodId) => {
    const line = quotation.lines.find((candidate) => candidate.methodId === methodId);
    if (!line) return null;
    if (line.unit === 'per sampel') return line.unitPrice;
    if (charged.has(methodId)) return 0;
    charged.add(methodId);
    return line.unitPrice;
  });
  return { quotation, fees, missingTariffs };
}

/** Adds formatted rupiah amounts to a quotation, as the desk shows it. */
export function presentQuotation(quotation: Quotation, missingTariffs: readonly string[]) {
  return {
    date: quotation.date,
    lines: quotation.lines.map((line) => ({ ...line, unitPriceText: formatRupiah(line.unitPrice), subtotalText: formatRupiah(line.subtotal) })),
    total: quotation.total,
    totalText: formatRupiah(quotation.total),
    /** Methods without a tariff in force: the total leaves them out until an admin adds one. */
    missingTariffs: [...missingTariffs],
  };
}

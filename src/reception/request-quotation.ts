import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { formatRupiah } from './quotation.ts';

export interface RequestQuotationLine {
  methodId: string;
  name: string;
  /** Parameter rows charged (rows with a zero fee are covered by a `per parameter` tariff). */
  quantity: number;
  subtotal: number;
  subtotalText: string;
}

/**
 * Builds the quotation of a registered request from the fees stored on its
 * parameters, leaving out parameters cancelled with a rejected sample.
 */
export async function requestQuotation(db: Kysely<Database>, requestId: number) {
  const request = await db.selectFrom('test_requests').select(['id', 'number', 'received_at', 'due_date']).where('id', '=', requestId).executeTakeFirst();
  if (!request) throw notFound('request', requestId);
  const rows = await db
    .selectFrom('requested_parameters')
    .innerJoin('samples', 'samples.id', 'requested_parameters.sample_id')
    .select(['requested_parameters.method_id', 'requested_parameters.fee'])
    .where('samples.request_id', '=', requestId)
    .where('requested_parameters.status', '!=', 'cancelled')
    .orderBy('requested_parameters.id')
    .execute();
  const lines = new Map<string, RequestQuotationLine>();
  const missingTariffs = new Set<string>();
  for (const row of rows) {
    if (row.fee === null) {
      missingTariffs.add(row.method_id);
      continue;
    }
    const line = lines.get(row.method_id) ?? { methodId: row.method_id, name: getMethod(row.method_id)?.title.id ?? row.method_id, quantity: 0, subtotal: 0, subtotalText: '' };
    line.quantity += row.fee > 0 ? 1 : 0;
    line.subtotal += row.fee;
    line.subtotalText = formatRupiah(line.subtotal);
    lines.set(row.method_id, line);
  }
  const total = [...lines.values()].reduce((sum, line) => sum + line.subtotal, 0);
  return {
    requestId: request.id,
    number: request.number,
    receivedAt: request.received_at,
    dueDate: request.due_date,
    lines: [...lines.values()],
    total,
    totalText: formatRupiah(total),
    missingTariffs: [...missingTariffs],
  };
}

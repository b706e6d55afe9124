import type { Kysely } from 'kysely';
import { getMethod } from '../../../methods/index.ts';
import type { Database } from '../../db/schema.ts';
import { driversForMethod } from './method-drivers.ts';
import { qualifiedAnalysts, type Analyst } from './qualified-analysts.ts';

export type ReviewWarningCode = 'NOT_ACCREDITED' | 'NO_INSTRUMENT' | 'NO_ANALYST' | 'NO_TARIFF';

/** A gap found by the contract review, worded for the receiver and the customer. */
export interface ReviewWarning {
  code: ReviewWarningCode;
  methodId: string;
  id: string;
  en: string;
}

export interface ParameterReview {
  methodId: string;
  title: { id: string; en: string };
  standard: string;
  accredited: boolean;
  /** In-service instruments whose driver fits the method. */
  instruments: { id: number; code: string; name: string }[];
  analysts: Analyst[];
  warnings: ReviewWarning[];
}

/**
 * Lists the in-service instruments whose driver fits the method. Calibration
 * and intermediate checks are verified when a run starts, not here.
 */
async function fittingInstruments(db: Kysely<Database>, methodId: string) {
  const drivers = driversForMethod(methodId);
  if (drivers.length === 0) return [];
  return db
    .selectFrom('instruments')
    .select(['id', 'code', 'name'])
    .where('driver', 'in', drivers)
    .where('status', '=', 'in_service')
    .orderBy('code')
    .execute();
}

function warningsFor(review: Omit<ParameterReview, 'warnings'>): ReviewWarning[] {
  const { methodId, title } = review;
  const warnings: ReviewWarning[] = [];
  if (!review.accredited) {
    warnings.push({ code: 'NOT_ACCREDITED', methodId, id: `${title.id}: di luar ruang lingkup akreditasi KAN; hasil dilaporkan tanpa logo KAN.`, en: `${title.en}: outside the KAN accreditation scope; the result is reported without the KAN mark.` });
  }
  if (review.instruments.length === 0) {
    warnings.push({ code: 'NO_INSTRUMENT', methodId, id: `${title.id}: tidak ada alat beroperasi yang dapat menjalankan metode ini.`, en: `${title.en}: no in-service instrument can run this method.` });
  }
  if (review.analysts.length === 0) {
    warnings.push({ code: 'NO_ANALYST', methodId, id: `${title.id}: tidak ada analis yang berwenang untuk metode ini.`, en: `${title.en}: no analyst is authorised for this method.` });
  }
  return warnings;
}

/** Reviews each distinct method: accreditation, a usable instrument and an authorised analyst. */
export async function reviewMethods(db: Kysely<Database>, methodIds: readonly string[], at: Date): Promise<ParameterReview[]> {
  const reviews: ParameterReview[] = [];
  for (const methodId of [...new Set(methodIds)]) {
    const method = getMethod(methodId);
    if (!method) continue;
    const review = {
      methodId,
      title: { id: method.title.id, en: method.title.en },
      standard: method.standard,
      accredited: method.accredited,
      instruments: await fittingInstruments(db, methodId),
      analysts: await qualifiedAnalysts(db, methodId, at),
    };
    reviews.push({ ...review, warnings: warningsFor(review) });
  }
  return reviews;
}

import type { Kysely } from 'kysely';
import { getMethod } from '../../../methods/index.ts';
import type { LabelData } from '../../../templates/label-data.ts';
import type { Database, Sample } from '../../db/schema.ts';
import { notFound, wrongState } from '../../errors.ts';
import { jakartaDateOf } from '../calendar/index.ts';

/** Labels of the samples, one per sample and one per specimen, with the request they belong to. */
export interface LabelSet {
  requestId: number;
  labels: LabelData[];
}

/**
 * Lists one label per sample and one per specimen of each requested
 * parameter: the sample code with `-S1`, `-S2`, … numbered through the
 * sample's parameters in the order they were requested, each with the
 * method's title.
 */
async function labelsForSample(db: Kysely<Database>, sample: Sample, receivedDate: string): Promise<LabelData[]> {
  const parameters = await db
    .selectFrom('requested_parameters')
    .select(['method_id'])
    .where('sample_id', '=', sample.id)
    .where('status', '!=', 'cancelled')
    .orderBy('id')
    .execute();
  const labels: LabelData[] = [{ code: sample.code, description: sample.description, receivedDate }];
  let specimen = 0;
  for (const parameter of parameters) {
    const method = getMethod(parameter.method_id);
    for (let i = 0; i < (method?.specimens ?? 0); i += 1) {
      specimen += 1;
      labels.push({ code: `${sample.code}-S${specimen}`, description: method!.title.id, receivedDate });
    }
  }
  return labels;
}

async function receivedDateOf(db: Kysely<Database>, requestId: number): Promise<string> {
  const request = await db.selectFrom('test_requests').select('received_at').where('id', '=', requestId).executeTakeFirst();
  if (!request) throw notFound('request', requestId);
  return jakartaDateOf(new Date(request.received_at));
}

/** Labels of every sample of a request that was not rejected. */
export async function requestLabels(db: Kysely<Database>, requestId: number): Promise<LabelSet> {
  const receivedDate = await receivedDateOf(db, requestId);
  const samples = await db.selectFrom('samples').selectAll().where('request_id', '=', requestId).where('status', '!=', 'rejected').orderBy('id').execute();
  const labels: LabelData[] = [];
  for (const sample of samples) labels.push(...(await labelsForSample(db, sample, receivedDate)));
  return { requestId, labels };
}

/** Labels of one sample; a rejected sample gets none. */
export async function sampleLabels(db: Kysely<Database>, sampleId: number): Promise<LabelSet> {
  const sample = await db.selectFrom('samples').selectAll().where('id', '=', sampleId).executeTakeFirst();
  if (!sample) throw notFound('sample', sampleId);
  if (sample.status === 'rejected') throw wrongState('sample', sample.code, sample.status, ['received', 'accepted']);
  const labels = await labelsForSample(db, sample, await receivedDateOf(db, sample.request_id));
  return { requestId: sample.request_id, labels };
}

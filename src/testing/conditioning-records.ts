import type { Kysely } from 'kysely';
import { getMethod } from '../../methods/index.ts';
import type { Conditioning } from '../../methods/types.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import { describeAtmosphere, evaluateAtmosphere, type Excursion } from '../equipment/atmosphere.ts';
import { loadRoomReadings } from '../equipment/room-log.ts';
import { pastOrNow } from '../equipment/times.ts';
import { invalidInput, JituError, notFound, wrongState } from '../errors.ts';

export interface ConditioningStart {
  location: string;
  /** When the specimens entered the room, if earlier than now (taken from the room log). */
  startedAt?: string;
}

export interface ConditioningFinish {
  finishedAt?: string;
  temperatureC: string;
  humidityPct: string;
}

/** One atmosphere's verdict on a conditioning record, as stored in `excursion_detail`. */
export interface ExcursionFlag {
  atmosphere: string;
  methods: string[];
  hoursWithinLimits: number;
  excursions: Excursion[];
}

// Statuses in which a sample's specimens may still be conditioned.
const BEFORE_TESTING = ['awaiting_payment', 'ready', 'in_progress'];

/**
 * Rejects conditioning that cannot have happened or is not needed: a start
 * before the sample was received, a second record while one is running,
 * or a sample with nothing left to test.
 */
async function checkCanCondition(db: Kysely<Database>, sampleId: number, startedAt: string): Promise<void> {
  const request = await db
    .selectFrom('samples')
    .innerJoin('test_requests', 'test_requests.id', 'samples.request_id')
    .select('test_requests.received_at')
    .where('samples.id', '=', sampleId)
    .executeTakeFirstOrThrow();
  if (startedAt < request.received_at) {
    throw invalidInput('startedAt', {
      id: `contoh diterima pada ${request.received_at}; pengkondisian tidak dapat dimulai lebih awal`,
      en: `the sample was received at ${request.received_at}; conditioning cannot start earlier`,
    });
  }
  const running = await db.selectFrom('conditioning_records').select('id').where('sample_id', '=', sampleId).where('finished_at', 'is', null).executeTakeFirst();
  if (running) {
    throw new JituError('CONFLICT', {
      detail: {
        id: `catatan pengkondisian ${running.id} untuk contoh ini masih berjalan; selesaikan dahulu`,
        en: `conditioning record ${running.id} of this sample is still running; finish it first`,
      },
    });
  }
  const open = await db.selectFrom('requested_parameters').select('id').where('sample_id', '=', sampleId).where('status', 'in', BEFORE_TESTING).executeTakeFirst();
  if (!open) {
    throw new JituError('CONFLICT', {
      detail: {
        id: 'semua parameter contoh ini sudah diuji atau ditutup; tidak ada lagi yang perlu dikondisikan',
        en: 'every parameter of this sample is tested or closed; there is nothing left to condition',
      },
    });
  }
}

/** Rejects a room reading outside what a conditioning room can show, such as 200 % RH. */
function checkRoomValue(field: string, value: string, min: number, max: number): void {
  const number = Number(value);
  if (!(number >= min && number <= max)) {
    throw invalidInput(field, { id: `harus antara ${min} dan ${max}, tercatat ${value}`, en: `must lie between ${min} and ${max}, got ${value}` });
  }
}

export async function startConditioning(db: Kysely<Database>, sampleId: number, input: ConditioningStart, userId: number) {
  return db.transaction().execute(async (trx) => {
    const sample = await trx.selectFrom('samples').select(['id', 'code', 'status']).where('id', '=', sampleId).executeTakeFirst();
    if (!sample) throw notFound('sample', sampleId);
    if (sample.status !== 'accepted') throw wrongState('sample', sample.code, sample.status, ['accepted']);
    const startedAt = pastOrNow(input.startedAt, 'startedAt');
    await checkCanCondition(trx, sampleId, startedAt);
    const row = await trx
      .insertInto('conditioning_records')
      .values({ sample_id: sampleId, location: input.location, started_at: startedAt, finished_at: null, temperature_c: null, humidity_pct: null, started_by: userId, finished_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId, action: 'conditioning.start', entityType: 'sample', entityId: sampleId, after: { recordId: row.id, location: input.location, startedAt } });
    return { id: row.id, sampleId, startedAt };
  });
}

/** The distinct atmospheres the sample's requested methods need, each with its method ids. */
async function requiredAtmospheres(db: Kysely<Database>, sampleId: number) {
  const parameters = await db.selectFrom('requested_parameters').select('method_id').where('sample_id', '=', sampleId).where('status', '!=', 'cancelled').execute();
  const byAtmosphere = new Map<string, { conditioning: Conditioning; methods: string[] }>();
  for (const { method_id: methodId } of parameters) {
    const conditioning = getMethod(methodId)?.conditioning;
    if (!conditioning) continue;
    const entry = byAtmosphere.get(describeAtmosphere(conditioning)) ?? { conditioning, methods: [] };
    if (!entry.methods.includes(methodId)) entry.methods.push(methodId);
    byAtmosphere.set(describeAtmosphere(conditioning), entry);
  }
  return [...byAtmosphere.values()];
}

/**
 * Finishes conditioning. The room's temperature and humidity at the end go
 * into the room log. The record is then checked against the atmosphere of
 * every method requested for the sample, and readings out of limits flag it.
 */
export async function finishConditioning(db: Kysely<Database>, recordId: number, input: ConditioningFinish, userId: number) {
  return db.transaction().execute(async (trx) => {
    const record = await trx.selectFrom('conditioning_records').selectAll().where('id', '=', recordId).executeTakeFirst();
    if (!record) throw notFound('conditioning record', recordId);
    if (record.finished_at) throw wrongState('conditioning record', recordId, 'finished', ['running']);
    const finishedAt = pastOrNow(input.finishedAt, 'finishedAt');
    if (finishedAt < record.started_at) throw invalidInput('finishedAt', 'the end lies before the start');
    checkRoomValue('temperatureC', input.temperatureC, -10, 60);
    checkRoomValue('humidityPct', input.humidityPct, 0, 100);
    const changes = { finished_at: finishedAt, temperature_c: input.temperatureC, humidity_pct: input.humidityPct, finished_by: userId };
    await trx.updateTable('conditioning_records').set(changes).where('id', '=', recordId).execute();
    await trx
      .insertInto('room_readings')
      .values({ location: record.location, instrument_id: null, temperature_c: input.temperatureC, humidity_pct: input.humidityPct, measured_at: finishedAt, source: 'conditioning-finish', recorded_by: userId, recorded_at: new Date().toISOString() })
      .execute();
    await appendAuditEvent(trx, { userId, action: 'conditioning.finish', entityType: 'sample', entityId: record.sample_id, before: { finishedAt: null }, after: { recordId, ...changes } });
    const log = await loadRoomReadings(trx, record.location, new Date(Date.parse(record.started_at) - 24 * 3600_000).toISOString(), finishedAt);
    const flags = (await requiredAtmospheres(trx, record.sample_id)).map(({ conditioning, methods }) => {
      const evaluation = evaluateAtmosphere(log, conditioning, record.started_at, finishedAt);
      return { atmosphere: evaluation.atmosphere, methods, hoursWithinLimits: evaluation.hoursWithinLimits, excursions: evaluation.excursions };
    });
    const excursion = await flagExcursions(trx, recordId, flags, userId);
    return { id: recordId, ...changes, excursion, excursionDetail: flags.filter((f) => f.excursions.length > 0) };
  });
}

/**
 * Stores excursions found on a conditioning record, one entry per
 * atmosphere: a later evaluation of the same atmosphere replaces the
 * earlier one but keeps its method ids. Nothing is written when no flag
 * carries an excursion or the stored detail is unchanged. Returns whether
 * the record is flagged.
 */
export async function flagExcursions(db: Kysely<Database>, recordId: number, flags: ExcursionFlag[], userId: number): Promise<boolean> {
  const record = await db.selectFrom('conditioning_records').select(['id', 'sample_id', 'excursion', 'excursion_detail']).where('id', '=', recordId).executeTakeFirstOrThrow();
  const found = flags.filter((f) => f.excursions.length > 0);
  if (found.length === 0) return record.excursion === 1;
  const stored: ExcursionFlag[] = record.excursion_detail ? JSON.parse(record.excursion_detail) : [];
  const updated = found.map((f) => {
    const earlier = stored.find((s) => s.atmosphere === f.atmosphere)?.methods ?? [];
    return { ...f, methods: [...new Set([...earlier, ...f.methods])] };
  });
  const merged = [...stored.filter((s) => !found.some((f) => f.atmosphere === s.atmosphere)), ...updated];
  const detail = JSON.stringify(merged);
  if (detail === record.excursion_detail) return true;
  await db.updateTable('conditioning_records').set({ excursion: 1, excursion_detail: detail }).where('id', '=', recordId).execute();
  await appendAuditEvent(db, {
    userId,
    action: 'conditioning.excursion',
    entityType: 'sample',
    entityId: record.sample_id,
    before: { recordId, excursion: record.excursion },
    after: { recordId, excursion: 1, atmospheres: found.map((f) => ({ atmosphere: f.atmosphere, readingsOutOfLimits: f.excursions.length })) },
  });
  return true;
}

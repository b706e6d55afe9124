import type { Kysely } from 'kysely';
import { Decimal, getMethod, type SpecimenField, type ValueDomain } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database, TestRun } from '../db/schema.ts';
import { calibrationStatus, certificateCorrections } from '../equipment/calibration-status.ts';
import { applyCorrection } from '../equipment/corrections.ts';
import { instrumentStatus, notStable, otherInstrument } from '../equipment/measurement-reasons.ts';
import { invalidInput, JituError, notFound, wrongState, type BilingualText } from '../errors.ts';
import { checkAuthorisation } from '../staff/authorisations.ts';
import * as reasons from './gate-reasons.ts';
import { loadParameter } from './parameter-state.ts';

export type ReadingInput =
  | { specimen: number; field: string; measurementId: number; reason?: string }
  | { specimen: number; field: string; value: string; reason: string };

const reject = (detail: BilingualText) => new JituError('READING_REJECTED', { detail });

/** Rejects a value typed by hand that the field cannot take, such as a negative mass. */
function checkDomain(value: string, domain: ValueDomain): void {
  const number = new Decimal(value);
  if (domain === 'positive' && !number.gt(0)) {
    throw invalidInput('value', { id: `harus lebih besar dari nol; nilai yang dimasukkan ${value}`, en: `must be greater than zero, got ${value}` });
  }
  if (domain === 'non-negative' && number.lt(0)) {
    throw invalidInput('value', { id: `harus nol atau lebih; nilai yang dimasukkan ${value}`, en: `must be zero or more, got ${value}` });
  }
}

export async function loadOpenRun(db: Kysely<Database>, runId: number, userId: number): Promise<TestRun> {
  const run = await db.selectFrom('test_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) throw notFound('test run', runId);
  if (run.status !== 'open') throw wrongState('test run', runId, run.status, ['open']);
  if (run.analyst_id !== userId) throw reject(reasons.notRunAnalyst);
  return run;
}

async function readingValue(db: Kysely<Database>, run: TestRun, input: ReadingInput, field: SpecimenField) {
  const { unit, quantity } = field;
  if (!('measurementId' in input)) {
    checkDomain(input.value, field.accepts ?? 'positive');
    return { value: input.value, measurementId: null, takenAt: new Date() };
  }
  const m = await db.selectFrom('measurements').selectAll().where('id', '=', input.measurementId).executeTakeFirst();
  if (!m) throw notFound('measurement', input.measurementId);
  if (m.instrument_id !== run.instrument_id) throw reject(otherInstrument(m.id));
  if (m.received_at < run.started_at) throw reject(reasons.beforeRun(m.id));
  if (m.status !== 'ok' || m.value === null) throw reject(instrumentStatus(m.status, m.raw));
  if (!m.stable) throw reject(notStable);
  if (quantity && m.quantity !== quantity) throw reject(reasons.wrongQuantity(quantity, m.quantity));
  if (m.unit !== unit) throw reject(reasons.wrongUnit(unit, m.unit));
  const used = await db.selectFrom('run_readings').select('id').where('measurement_id', '=', m.id).where('replaced_by', 'is', null).executeTakeFirst();
  if (used) throw reject(reasons.alreadyUsed(m.id));
  return { value: m.value, measurementId: m.id, takenAt: new Date(m.received_at) };
}

/**
 * Checks that the run's instrument was fit for use when the reading was
 * taken (now, for a value typed from its display) and applies the
 * certificate's correction where the certificate gives one in the
 * reading's unit.
 */
async function correctedValue(db: Kysely<Database>, run: TestRun, value: string, unit: string, takenAt: Date) {
  const calibration = await calibrationStatus(db, run.instrument_id, takenAt);
  if (calibration.reason) throw reject(calibration.reason);
  const points = calibration.calibrationId === null ? [] : await certificateCorrections(db, calibration.calibrationId);
  const applied = applyCorrection(value, unit, points);
  if (!applied) return { value, instrumentValue: value, correction: null, calibrationId: calibration.calibrationId, outsideRange: false };
  return { value: applied.corrected, instrumentValue: value, correction: applied.correction, calibrationId: calibration.calibrationId, outsideRange: applied.outsideRange };
}

/**
 * Puts a reading into a specimen slot of an open run. The analyst must hold
 * a current authorisation for the method. A reading from the instrument
 * must be stable and in range; a manual value needs a reason. Either way
 * the instrument must be fit for use, and the value is stored as sent
 * beside its calibration-corrected value, which the calculation uses.
 * Replacing a filled slot needs a reason too, and the replaced reading
 * stays on record.
 */
export async function acceptReading(db: Kysely<Database>, runId: number, input: ReadingInput, userId: number) {
  return db.transaction().execute(async (trx) => {
    const run = await loadOpenRun(trx, runId, userId);
    const parameter = await loadParameter(trx, run.parameter_id);
    const method = getMethod(parameter.method_id);
    if (!method) throw notFound('method', parameter.method_id);
    const authorisation = await checkAuthorisation(trx, userId, method.id);
    if (authorisation.reason) throw reject(authorisation.reason);
    const field = method.specimenFields.find((f) => f.name === input.field);
    if (!field) throw invalidInput('field', `use one of ${method.specimenFields.map((f) => f.name).join(', ')}`);
    if (input.specimen < 1 || input.specimen > method.specimens) {
      throw invalidInput('specimen', `the method has specimens 1 to ${method.specimens}`);
    }
    const reading = await readingValue(trx, run, input, field);
    const { measurementId } = reading;
    const { value, instrumentValue, correction, calibrationId, outsideRange } = await correctedValue(trx, run, reading.value, field.unit, reading.takenAt);
    const previous = await trx
      .selectFrom('run_readings')
      .selectAll()
      .where('run_id', '=', runId)
      .where('specimen', '=', input.specimen)
      .where('field', '=', input.field)
      .where('replaced_by', 'is', null)
      .executeTakeFirst();
    if (previous && !input.reason) {
      throw invalidInput('reason', { id: 'slot ini sudah terisi; beri alasan untuk mengganti bacaannya', en: 'the slot is filled; give a reason to replace its reading' });
    }
    const row = await trx
      .insertInto('run_readings')
      .values({
        run_id: runId,
        specimen: input.specimen,
        field: input.field,
        value,
        unit: field.unit,
        instrument_value: instrumentValue,
        correction,
        calibration_id: calibrationId,
        measurement_id: measurementId,
        manual_reason: measurementId === null ? input.reason ?? null : null,
        accepted_by: userId,
        accepted_at: new Date().toISOString(),
        replaced_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (previous) await trx.updateTable('run_readings').set({ replaced_by: row.id }).where('id', '=', previous.id).execute();
    const after = {
      specimen: input.specimen, field: input.field, value, instrumentValue, correction, calibrationId,
      correctionOutsideCertificateRange: outsideRange, measurementId, manual: measurementId === null, reason: input.reason ?? null,
    };
    const before = previous ? { readingId: previous.id, value: previous.value } : undefined;
    await appendAuditEvent(trx, { userId, action: 'reading.accept', entityType: 'test_run', entityId: runId, before, after });
    return { id: row.id, ...after };
  });
}

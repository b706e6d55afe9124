import type { Kysely } from 'kysely';
import { listMethods } from '../../methods/index.ts';
import { appendAuditEvent } from '../audit/chain.ts';
import type { Database } from '../db/schema.ts';
import '../staff/tables.ts';
import './tables.ts';

export interface DemoEquipmentIds {
  thermoHygrometerId: number;
  referenceWeightId: number;
}

export const DEMO_CONDITIONING_ROOM = 'Ruang kondisi 1';

const HOUR_MS = 3600_000;
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Seeds the records the testing flow needs besides the balance itself. The
 * balance gets a daily check against a 100 g reference weight. A calibrated
 * thermo-hygrometer in the conditioning room gets 72 hours of readings
 * around 23 °C and 50 %RH. The given analysts are authorised for every
 * method.
 */
export async function seedDemoEquipment(
  db: Kysely<Database>,
  ids: { adminId: number; managerId: number; balanceId: number; analystIds: number[] },
): Promise<DemoEquipmentIds> {
  const now = new Date().toISOString();
  const weight = await db
    .insertInto('equipment_accessories')
    .values({ code: 'AT-100', name: 'Anak timbangan 100 g kelas E2 / 100 g class E2 weight', kind: 'reference-weight', maker: 'Kern', lot_or_serial: 'E2-100-0183', nominal_value: '100.0000', unit: 'g', certificate_number: 'KAL/2026/0311', due_on: dayOffset(300), location: 'Lab Fisis', status: 'in_service', registered_by: ids.adminId, registered_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(db, { userId: ids.adminId, action: 'accessory.register', entityType: 'accessory', entityId: weight.id, after: { code: 'AT-100' } });
  await db.updateTable('instruments').set({ kind: 'balance', check_interval_days: 1 }).where('id', '=', ids.balanceId).execute();
  const check = await db
    .insertInto('intermediate_checks')
    .values({ instrument_id: ids.balanceId, kind: 'reference-weight', accessory_id: weight.id, checked_at: now, passed: 1, note: 'Pengecekan harian / daily check', checked_by: ids.analystIds[0]!, recorded_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('intermediate_check_points').values({ check_id: check.id, quantity: 'mass', nominal: '100.0000', tolerance: '0.0005', observed: '100.0002', unit: 'g', measurement_id: null, passed: 1 }).execute();
  await appendAuditEvent(db, { userId: ids.analystIds[0]!, action: 'instrument.check', entityType: 'instrument', entityId: ids.balanceId, after: { checkId: check.id, passed: true } });
  const thermoHygrometerId = await seedThermoHygrometer(db, ids.adminId);
  await seedAuthorisations(db, ids.managerId, ids.analystIds);
  return { thermoHygrometerId, referenceWeightId: weight.id };
}

async function seedThermoHygrometer(db: Kysely<Database>, adminId: number): Promise<number> {
  const monitor = await db
    .insertInto('instruments')
    .values({ code: 'THG-01', name: 'Termohigrometer ruang kondisi / Conditioning room thermo-hygrometer', driver: 'thermo-hygrometer', port: null, status: 'in_service', maker: 'Testo', model: '176 H1', serial_number: 'TH44021987', location: DEMO_CONDITIONING_ROOM, kind: 'thermo-hygrometer' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(db, { userId: adminId, action: 'instrument.register', entityType: 'instrument', entityId: monitor.id, after: { code: 'THG-01', driver: 'thermo-hygrometer' } });
  await db
    .insertInto('calibrations')
    .values({ instrument_id: monitor.id, certificate_number: 'KAL/2026/0502', provider: 'Lab Kalibrasi Terakreditasi KAN', calibrated_on: dayOffset(-30), due_on: dayOffset(335), corrections: null, recorded_by: adminId, recorded_at: new Date().toISOString() })
    .execute();
  await appendAuditEvent(db, { userId: adminId, action: 'calibration.record', entityType: 'instrument', entityId: monitor.id, after: { certificateNumber: 'KAL/2026/0502' } });
  const start = Date.now() - 72 * HOUR_MS;
  const rows = [];
  for (let hour = 0; hour <= 72; hour++) {
    const at = new Date(start + hour * HOUR_MS).toISOString();
    const temperature = (23 + 0.3 * Math.sin(hour / 4)).toFixed(1);
    const humidity = (50 + 1.5 * Math.cos(hour / 5)).toFixed(1);
    const line = (quantity: string, value: string, unit: string, sequence: number) => ({
      instrument_id: monitor.id, source_key: `demo-seed:${sequence}`, chunk_id: null, driver: 'thermo-hygrometer', quantity, value, unit,
      stable: 1, status: 'ok', channel: 'CH1', raw: `CH1 ${quantity === 'temperature' ? 'T' : 'RH'} ${value} ${unit}`, received_at: at,
    });
    rows.push(line('temperature', temperature, 'C', hour * 2), line('relative humidity', humidity, '%', hour * 2 + 1));
  }
  await db.insertInto('measurements').values(rows).execute();
  return monitor.id;
}

async function seedAuthorisations(db: Kysely<Database>, managerId: number, analystIds: number[]): Promise<void> {
  for (const userId of analystIds) {
    for (const method of listMethods()) {
      const values = { user_id: userId, method_id: method.id, granted_on: dayOffset(-180), granted_by: managerId, expires_on: null, note: 'Data demo / demo data' };
      const row = await db.insertInto('analyst_authorisations').values(values).returning('id').executeTakeFirstOrThrow();
      await appendAuditEvent(db, { userId: managerId, action: 'authorisation.grant', entityType: 'user', entityId: userId, after: { authorisationId: row.id, methodId: method.id } });
    }
  }
}

import type { Kysely } from 'kysely';
import { appendAuditEvent } from '../audit/chain.ts';
import { generatePassword } from '../auth/passwords.ts';
import type { Role } from '../auth/roles.ts';
import { createUser, type UserSummary } from '../auth/users.ts';
import type { Database } from '../db/schema.ts';
import { seedDemoTariffs } from '../reception/tariffs/demo-tariffs.ts';
import { seedDemoEquipment, type DemoEquipmentIds } from '../equipment/demo-records.ts';

export interface DemoAccount {
  username: string;
  fullName: string;
  roles: Role[];
}

/** The demo laboratory's staff; names are invented. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', fullName: 'Bambang Hartono', roles: ['admin'] },
  { username: 'penerima', fullName: 'Siti Rahmawati', roles: ['receiver'] },
  { username: 'analis', fullName: 'Dewi Ayu Lestari', roles: ['analyst'] },
  { username: 'analis2', fullName: 'Agus Setiawan', roles: ['analyst'] },
  { username: 'penyelia', fullName: 'Sutrisno Wibowo', roles: ['supervisor'] },
  { username: 'manajer', fullName: 'Ngatini Purwaningsih', roles: ['technical_manager'] },
  { username: 'auditor', fullName: 'Rudi Hermawan', roles: ['auditor'] },
];

export interface SeededLab extends DemoEquipmentIds {
  credentials: { username: string; password: string; user: UserSummary }[];
  balanceId: number;
  customerId: number;
}

function addDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Fills an empty database with the demo laboratory: one account per role
 * with a generated password, a Mettler Toledo balance on `balancePort` with
 * a current calibration and a passed daily check, the conditioning room's
 * thermo-hygrometer and its readings, analysts authorised for every method,
 * and a returning customer.
 */
export async function seedDemoLab(db: Kysely<Database>, balancePort: string | null): Promise<SeededLab> {
  const credentials: SeededLab['credentials'] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = generatePassword();
    const user = await createUser(db, { ...account, password }, null);
    credentials.push({ username: account.username, password, user });
  }
  const admin = credentials[0]!.user.id;
  await seedDemoTariffs(db, admin);
  return db.transaction().execute(async (trx) => {
    const balance = await trx
      .insertInto('instruments')
      .values({ code: 'NRC-01', name: 'Neraca analitik / Analytical balance', driver: 'mettler-sics', port: balancePort, status: 'in_service', maker: 'Mettler Toledo', model: 'MS204TS', serial_number: 'B912345678', location: 'Lab Fisis' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId: admin, action: 'instrument.register', entityType: 'instrument', entityId: balance.id, after: { code: 'NRC-01', driver: 'mettler-sics', port: balancePort } });
    await trx
      .insertInto('calibrations')
      .values({ instrument_id: balance.id, certificate_number: 'KAL/2026/0417', provider: 'Lab Kalibrasi Terakreditasi KAN', calibrated_on: addDays(-60), due_on: addDays(305), corrections: null, recorded_by: admin, recorded_at: new Date().toISOString() })
      .execute();
    await appendAuditEvent(trx, { userId: admin, action: 'calibration.record', entityType: 'instrument', entityId: balance.id, after: { certificateNumber: 'KAL/2026/0417' } });
    const customer = await trx
      .insertInto('customers')
      .values({ name: 'CV Langkah Kuat', kind: 'ikm', address: 'Jl. Raya Brangkal 12, Sooko, Mojokerto, Jawa Timur', phone: '0321-555-0142', email: null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, { userId: admin, action: 'customer.create', entityType: 'customer', entityId: customer.id, after: { name: 'CV Langkah Kuat' } });
    const staff = (name: string) => credentials.find((c) => c.username === name)!.user.id;
    const equipment = await seedDemoEquipment(trx, { adminId: admin, managerId: staff('manajer'), balanceId: balance.id, analystIds: [staff('analis'), staff('analis2')] });
    return { credentials, balanceId: balance.id, customerId: customer.id, ...equipment };
  });
}

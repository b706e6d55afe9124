import { ApiClient } from '../../src/demo/api-client.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';

/** Instant at a Jakarta wall-clock time, e.g. `wib('2026-05-13T09:00')`. */
export const wib = (local: string) => new Date(`${local}:00+07:00`);

export interface ServiceLab extends TestLab {
  /** Moves the service clock to a Jakarta wall-clock time. */
  setClock(local: string): void;
  admin: ApiClient;
  visitor: ApiClient;
}

/** Builds a test lab whose clock the test sets, with an admin client and a client with no login. */
export async function buildServiceLab(start: string): Promise<ServiceLab> {
  let now = wib(start);
  const lab = await buildTestLab({ config: { clock: () => now } });
  const account = lab.lab.credentials.find((c) => c.username === 'admin')!;
  const admin = await ApiClient.login(lab.app, account.username, account.password);
  return { ...lab, admin, visitor: new ApiClient(lab.app), setClock: (local) => { now = wib(local); } };
}

/** Audit events of one service request, oldest first. */
export async function auditOf(lab: TestLab, requestId: number) {
  return lab.db
    .selectFrom('audit_events')
    .select(['action', 'user_id', 'after'])
    .where('entity_type', '=', 'service_request')
    .where('entity_id', '=', String(requestId))
    .orderBy('id')
    .execute();
}

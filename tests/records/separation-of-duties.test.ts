import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { buildTestLab, userId, type TestLab } from '../helpers/lab.ts';
import { testedParameter } from './helpers/records-flow.ts';

let t: TestLab | undefined;

afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function lab(allowVerifierToValidate = false) {
  t = await buildTestLab({ config: { allowVerifierToValidate } });
  return t;
}

const grant = (lab: TestLab, username: string, role: string) =>
  lab.db.insertInto('user_roles').values({ user_id: userId(lab.lab, username), role }).execute();

const verify = (lab: TestLab, parameterId: number, as: 'supervisor' | 'analyst' | 'manager' = 'supervisor') =>
  lab.clients[as].send('POST', `/api/parameters/${parameterId}/verify`, { decision: 'approve' });

const validate = (lab: TestLab, parameterId: number, as: 'supervisor' | 'analyst' | 'manager' = 'manager', lang = 'id') =>
  lab.clients[as].send('POST', `/api/parameters/${parameterId}/validate?lang=${lang}`, { decision: 'approve' });

describe('separation of duties', () => {
  it('keeps the analyst from verifying their own test', async () => {
    const l = await lab();
    const ids = await testedParameter(l);
    await grant(l, 'analis', 'supervisor');
    const response = await verify(l, ids.parameterId, 'analyst');
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'SEPARATION_OF_DUTIES' });
  });

  it('keeps the analyst from validating their own test', async () => {
    const l = await lab(true);
    const ids = await testedParameter(l);
    await grant(l, 'analis', 'technical_manager');
    expect((await verify(l, ids.parameterId)).status).toBe(200);
    const response = await validate(l, ids.parameterId, 'analyst');
    expect(response.status).toBe(403);
    expect((response.body as { message: string }).message).toMatch(/memvalidasi uji Anda sendiri/);
    const english = await validate(l, ids.parameterId, 'analyst', 'en');
    expect((english.body as { message: string }).message).toMatch(/validate your own/);
  });

  it('keeps the verifier from validating by default', async () => {
    const l = await lab(false);
    const ids = await testedParameter(l);
    await grant(l, 'penyelia', 'technical_manager');
    expect((await verify(l, ids.parameterId)).status).toBe(200);
    const response = await validate(l, ids.parameterId, 'supervisor');
    expect(response.status).toBe(403);
    expect((response.body as { message: string }).message).toMatch(/orang lain harus memvalidasinya/);
    const english = await validate(l, ids.parameterId, 'supervisor', 'en');
    expect((english.body as { message: string }).message).toMatch(/another person must validate/);
    expect((await validate(l, ids.parameterId, 'manager')).status).toBe(200);
  });

  it('lets the verifier validate when the laboratory allows it', async () => {
    const l = await lab(true);
    const ids = await testedParameter(l);
    await grant(l, 'penyelia', 'technical_manager');
    expect((await verify(l, ids.parameterId)).status).toBe(200);
    const response = await validate(l, ids.parameterId, 'supervisor');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'validated' });
  });

  it('needs the supervisor role to verify and the manager role to validate', async () => {
    const l = await lab();
    const ids = await testedParameter(l);
    expect((await verify(l, ids.parameterId, 'manager')).status).toBe(403);
    expect((await l.clients.receiver.send('POST', `/api/parameters/${ids.parameterId}/verify`, { decision: 'approve' })).status).toBe(403);
    expect((await verify(l, ids.parameterId)).status).toBe(200);
    expect((await validate(l, ids.parameterId, 'supervisor')).status).toBe(403);
    expect((await l.clients.auditor.send('POST', `/api/parameters/${ids.parameterId}/validate`, { decision: 'approve' })).status).toBe(403);
  });

  it('keeps validation after verification, never before', async () => {
    const l = await lab();
    const ids = await testedParameter(l);
    const early = await validate(l, ids.parameterId);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: 'WRONG_STATE' });
  });

  it('lets the validator send work back with a reason', async () => {
    const l = await lab();
    const ids = await testedParameter(l);
    await verify(l, ids.parameterId);
    const bare = await l.clients.manager.send('POST', `/api/parameters/${ids.parameterId}/validate`, { decision: 'return' });
    expect(bare.status).toBe(400);
    const back = await l.clients.manager.request('POST', `/api/parameters/${ids.parameterId}/validate`, { decision: 'return', reason: 'uncertainty budget missing the drum' });
    expect(back.status).toBe('in_progress');
    const run = await l.db.selectFrom('test_runs').select('status').where('id', '=', ids.runId).executeTakeFirstOrThrow();
    expect(run.status).toBe('open');
    const events = await l.db.selectFrom('audit_events').select(['action', 'after']).where('action', '=', 'parameter.validation.return').execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toContain('uncertainty budget missing the drum');
  });
});

describe('verifier-may-validate setting', () => {
  it('reads JITU_ALLOW_VERIFIER_TO_VALIDATE', () => {
    expect(loadConfig({}).allowVerifierToValidate).toBe(false);
    expect(loadConfig({ JITU_ALLOW_VERIFIER_TO_VALIDATE: '1' }).allowVerifierToValidate).toBe(true);
    expect(loadConfig({ JITU_ALLOW_VERIFIER_TO_VALIDATE: 'true' }).allowVerifierToValidate).toBe(true);
    expect(loadConfig({ JITU_ALLOW_VERIFIER_TO_VALIDATE: '0' }).allowVerifierToValidate).toBe(false);
    expect(loadConfig({ JITU_ALLOW_VERIFIER_TO_VALIDATE: 'false' }).allowVerifierToValidate).toBe(false);
  });

  it('rejects a value it cannot read', () => {
    expect(() => loadConfig({ JITU_ALLOW_VERIFIER_TO_VALIDATE: 'maybe' })).toThrow(/JITU_ALLOW_VERIFIER_TO_VALIDATE/);
  });
});

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/demo/api-client.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';

let lab: TestLab;
let admin: ApiClient;

beforeAll(async () => {
  lab = await buildTestLab();
  const account = lab.lab.credentials[0]!;
  admin = await ApiClient.login(lab.app, account.username, account.password);
});

afterAll(async () => {
  await lab.close();
});

describe('gateway keys', () => {
  it('returns the key once and stores its hash', async () => {
    const created = await admin.send('POST', '/api/gateway-keys', { name: 'Bench PC Lab Fisis', instruments: ['NRC-01'] });
    const body = created.body as { id: number; key: string; instruments: string[] };

    expect(created.status).toBe(201);
    expect(body.key).toMatch(/^jgk_[A-Za-z0-9_-]{43}$/);
    expect(body.instruments).toEqual(['NRC-01']);
    const row = await lab.db.selectFrom('gateway_keys').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(createHash('sha256').update(body.key).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(body.key);
  });

  it('lists keys without secrets', async () => {
    const listed = await lab.clients.auditor.send('GET', '/api/gateway-keys');

    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toMatch(/jgk_|key_hash/);
    expect((listed.body as { name: string }[])[0]?.name).toBe('Bench PC Lab Fisis');
  });

  it('rejects an unknown instrument code', async () => {
    const created = await admin.send('POST', '/api/gateway-keys', { name: 'Bench PC', instruments: ['NRC-01', 'XX-9'] });

    expect(created.status).toBe(400);
    expect((created.body as { field: string }).field).toBe('instruments');
    expect((created.body as { message: string }).message).toContain('XX-9');
  });

  it('is for admins only', async () => {
    const created = await lab.clients.analyst.send('POST', '/api/gateway-keys', { name: 'Bench PC', instruments: ['NRC-01'] });
    const anonymous = await new ApiClient(lab.app).send('GET', '/api/gateway-keys');

    expect(created.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });

  it('revokes a key once, in the audit trail', async () => {
    const created = await admin.request<{ id: number }>('POST', '/api/gateway-keys', { name: 'Old bench PC', instruments: ['NRC-01'] });
    const revoked = await admin.send('POST', `/api/gateway-keys/${created.id}/revoke`);
    const again = await admin.send('POST', `/api/gateway-keys/${created.id}/revoke`);
    const missing = await admin.send('POST', '/api/gateway-keys/9999/revoke');

    expect(revoked.status).toBe(200);
    expect((revoked.body as { revokedAt: string | null }).revokedAt).not.toBeNull();
    expect(again.status).toBe(409);
    expect(missing.status).toBe(404);
    const events = await lab.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'gateway_key').where('entity_id', '=', String(created.id)).execute();
    expect(events.map((e) => e.action)).toEqual(['gateway_key.create', 'gateway_key.revoke']);
  });
});

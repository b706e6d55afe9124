import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReceptionLab, requestBody, type ReceptionLab } from './reception-lab.ts';

let t: ReceptionLab;

beforeAll(async () => {
  t = await buildReceptionLab();
});

afterAll(async () => {
  await t.close();
});

type Body = ReturnType<typeof requestBody>;
type ErrorBody = { error: string; field: string; message: string };

function withParameters(parameters: { methodId: string; specificationId?: string }[]): Body {
  const body = requestBody(t.lab.customerId);
  body.samples[0]!.parameters = parameters;
  return body;
}

async function register(body: unknown) {
  const response = await t.clients.receiver.send('POST', '/api/requests', body);
  return { status: response.status, body: response.body as ErrorBody };
}

async function requestCount(): Promise<number> {
  return (await t.db.selectFrom('test_requests').select('id').execute()).length;
}

describe('requested parameters', () => {
  it('rejects an unknown specification', async () => {
    const before = await requestCount();
    const response = await register(withParameters([{ methodId: 'outsole-abrasion' }, { methodId: 'leather-ph', specificationId: 'nosuch' }]));
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('samples.0.parameters.1.specificationId');
    expect(response.body.message).toContain('unknown specification "nosuch"');
    expect(response.body.message).toContain('sni-8877-2023');
    expect(await requestCount()).toBe(before);
  });

  it('rejects a specification without the method', async () => {
    const response = await register(withParameters([{ methodId: 'leather-ph', specificationId: 'iso-20345-2022' }]));
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('samples.0.parameters.0.specificationId');
    expect(response.body.message).toContain('sets no requirement for leather-ph; use one of sni-8877-2023');
  });

  it('names no specification for an unlimited method', async () => {
    const response = await register(withParameters([{ methodId: 'ross-flex', specificationId: 'sni-8877-2023' }]));
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('no specification sets a limit for it, so leave it out');
  });

  it('rejects one method twice on a sample', async () => {
    const response = await register(withParameters([{ methodId: 'outsole-abrasion' }, { methodId: 'outsole-abrasion', specificationId: 'sni-8877-2023' }]));
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('samples.0.parameters.1.methodId');
    expect(response.body.message).toContain('already requested as parameter 0');
  });

  it('allows one method on two samples', async () => {
    const body = requestBody(t.lab.customerId, [{}, {}]);
    const response = await register(body);
    expect(response.status).toBe(201);
  });

  it('accepts a specification with the method', async () => {
    const response = await register(withParameters([{ methodId: 'leather-ph', specificationId: 'sni-8877-2023' }]));
    expect(response.status).toBe(201);
  });
});

describe('text the LHU prints', () => {
  const CASES: [string, (body: Body) => void, string, string][] = [
    ['CJK in the brand', (body) => { body.samples[0]!.brand = 'Langkah 快'; }, 'samples.0.brand', '"快" (U+5FEB)'],
    ['emoji in the colour', (body) => { body.samples[0]!.colour = 'Hitam 👟'; }, 'samples.0.colour', 'U+1F45F'],
    ['a control in the description', (body) => { body.samples[0]!.description = 'Sepatu\u0007 pengaman'; }, 'samples.0.description', 'U+0007'],
    ['a newline in the condition', (body) => { body.samples[0]!.condition = 'Baik\nberlabel'; }, 'samples.0.condition', 'U+000A'],
  ];

  for (const [name, change, field, character] of CASES) {
    it(`rejects ${name}`, async () => {
      const body = requestBody(t.lab.customerId);
      change(body);
      const response = await register(body);
      expect(response.status).toBe(400);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toContain(character);
    });
  }

  it('rejects a new customer the LHU cannot print', async () => {
    const body = { ...requestBody(t.lab.customerId), customer: { name: 'CV Maju Jaya', kind: 'ikm', address: 'Jl. Raya 1, 泗水' } };
    const response = await register(body);
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('customer.address');
    expect(response.body.message).toContain('"泗" (U+6CD7)');
  });

  it('keeps Indonesian and lab symbols', async () => {
    const body = requestBody(t.lab.customerId);
    body.samples[0]!.description = 'Sepatu pengaman — ujung baja, 23 ± 2 °C, 150 mm³ (ä, é, ñ)';
    const response = await register(body);
    expect(response.status).toBe(201);
  });
});

describe('customers', () => {
  it('rejects a bidirectional override in a name', async () => {
    const response = await t.clients.receiver.send('POST', '/api/customers', { name: 'CV \u202Eatrakaj', kind: 'ikm' });
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).field).toBe('name');
    expect((response.body as ErrorBody).message).toContain('U+202E');
  });

  it('rejects a control character in a name', async () => {
    const response = await t.clients.receiver.send('POST', '/api/customers', { name: 'CV Maju\u0000 Jaya', kind: 'ikm' });
    expect(response.status).toBe(400);
    expect((response.body as ErrorBody).field).toBe('name');
  });

  it('finds % and _ literally', async () => {
    await t.clients.receiver.request('POST', '/api/customers', { name: 'PT 100% Kulit', kind: 'company' });
    await t.clients.receiver.request('POST', '/api/customers', { name: 'UD Sol_Prima', kind: 'ikm' });
    const all = await t.clients.receiver.request('GET', '/api/customers');
    expect(all.length).toBeGreaterThan(2);
    const percent = await t.clients.receiver.request('GET', '/api/customers?q=%25');
    expect(percent.map((c: { name: string }) => c.name)).toEqual(['PT 100% Kulit']);
    const underscore = await t.clients.receiver.request('GET', '/api/customers?q=_');
    expect(underscore.map((c: { name: string }) => c.name)).toEqual(['UD Sol_Prima']);
    const backslash = await t.clients.receiver.request('GET', '/api/customers?q=%5C');
    expect(backslash).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReceptionLab, requestBody, type ReceptionLab } from './reception-lab.ts';

let t: ReceptionLab;
let first: { id: number; number: string; samples: { code: string }[] };
let second: { id: number; number: string };
let otherCustomer: number;

type Found = { id: number; number: string; customerName: string; samples: { code: string }[] };

beforeAll(async () => {
  t = await buildReceptionLab('2026-12-02T02:00:00Z');
  first = await t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId));
  t.setNow('2026-12-08T03:00:00Z');
  otherCustomer = (await t.clients.receiver.request('POST', '/api/customers', { name: 'UD Sol_Prima 100%', kind: 'ikm' })).id;
  second = await t.clients.receiver.request('POST', '/api/requests', requestBody(otherCustomer));
});

afterAll(async () => {
  await t.close();
});

const search = async (query: string): Promise<Found[]> => t.clients.receiver.request('GET', `/api/requests?${query}`);
const numbers = (found: Found[]) => found.map((row) => row.number);

describe('request search', () => {
  it('lists every request newest first', async () => {
    expect(numbers(await search(''))).toEqual([second.number, first.number]);
  });

  it('finds a request by sample code', async () => {
    const found = await search(`q=${encodeURIComponent(first.samples[0]!.code.toLowerCase())}`);
    expect(numbers(found)).toEqual([first.number]);
    expect(found[0]!.samples.map((sample) => sample.code)).toEqual([first.samples[0]!.code]);
  });

  it('finds a request by number', async () => {
    expect(numbers(await search(`q=${second.number}`))).toEqual([second.number]);
  });

  it('finds a request by customer', async () => {
    const found = await search('q=sol_prima');
    expect(numbers(found)).toEqual([second.number]);
    expect(found[0]!.customerName).toBe('UD Sol_Prima 100%');
  });

  it('matches wildcards literally', async () => {
    expect(numbers(await search('q=%25'))).toEqual([second.number]);
    expect(numbers(await search('q=_'))).toEqual([second.number]);
  });

  it('filters by Jakarta date of receipt', async () => {
    expect(numbers(await search('from=2026-12-02&to=2026-12-02'))).toEqual([first.number]);
    expect(numbers(await search('from=2026-12-03'))).toEqual([second.number]);
    expect(numbers(await search('to=2026-12-01'))).toEqual([]);
  });

  it('filters by status', async () => {
    expect(numbers(await search('status=registered'))).toHaveLength(2);
    expect(await search('status=reported')).toEqual([]);
  });

  it('rejects reversed dates', async () => {
    const response = await t.clients.receiver.send('GET', '/api/requests?from=2026-12-05&to=2026-12-01');
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('to');
  });

  it('rejects a malformed date', async () => {
    const response = await t.clients.receiver.send('GET', '/api/requests?from=2026-13-01');
    expect(response.status).toBe(400);
    expect((response.body as { field: string }).field).toBe('querystring.from');
  });

  it('is closed to analysts', async () => {
    const response = await t.clients.analyst.send('GET', '/api/requests');
    expect(response.status).toBe(403);
  });
});

describe('reception options', () => {
  it('lists the leather sealed check', async () => {
    const options = await t.clients.receiver.request('GET', '/api/reception/options');
    const leather = options.commodities.find((c: { id: string }) => c.id === 'leather');
    expect(leather.checks.map((c: { id: string }) => c.id)).toEqual(['enoughPairs', 'undamaged', 'labelled', 'sealed']);
    expect(leather.unit).toEqual({ id: 'lembar', en: 'sheets' });
  });

  it('lists specifications per method', async () => {
    const options = await t.clients.receiver.request('GET', '/api/reception/options');
    const ids = (methodId: string) => options.specificationsByMethod[methodId].map((s: { id: string }) => s.id);
    expect(ids('leather-ph')).toEqual(['sni-8877-2023']);
    expect(ids('slip-resistance')).toEqual(['sni-8877-2023', 'iso-20345-2022']);
    expect(ids('ross-flex')).toEqual([]);
  });

  it('lists ID document types and customer kinds', async () => {
    const options = await t.clients.receiver.request('GET', '/api/reception/options');
    expect(options.idDocumentTypes).toContain('ktp');
    expect(options.customerKinds).toEqual(['ikm', 'company', 'person', 'agency']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../src/demo/api-client.ts';
import { VERIFICATION_RATE_LIMIT } from '../../src/reports/verification-routes.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { issuedReport } from './helpers/records-flow.ts';

let t: TestLab;
let anonymous: ApiClient;

beforeEach(async () => {
  t = await buildTestLab();
  anonymous = new ApiClient(t.app);
});

afterEach(async () => {
  await t.close();
});

async function codeOf(reportId: number) {
  const row = await t.db.selectFrom('reports').select(['number', 'verification_code']).where('id', '=', reportId).executeTakeFirstOrThrow();
  return { number: row.number, code: row.verification_code };
}

const query = (number: string, code: string) => `number=${encodeURIComponent(number)}&code=${encodeURIComponent(code)}`;

describe('public verification', () => {
  it('confirms a genuine current report without login', async () => {
    const issued = await issuedReport(t);
    const { number, code } = await codeOf(issued.reportId);
    const response = await anonymous.send('GET', `/api/public/reports/verify?${query(number, code)}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ genuine: true, number, status: 'current', revision: 0, issuedAt: expect.any(String), supersededBy: null });
  });

  it('names the revision that supersedes a report', async () => {
    const issued = await issuedReport(t);
    const { number, code } = await codeOf(issued.reportId);
    const amended = await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'Model sepatu salah' });
    const response = await anonymous.send('GET', `/api/public/reports/verify?${query(number, code)}`);
    expect(response.body).toMatchObject({ genuine: true, status: 'superseded', supersededBy: amended.number });
  });

  it('gives the same answer for a forged number and a wrong code', async () => {
    const issued = await issuedReport(t);
    const { number, code } = await codeOf(issued.reportId);
    const forged = await anonymous.send('GET', `/api/public/reports/verify?${query('LHU/BPIPI/2026/09999', code)}`);
    const wrongCode = await anonymous.send('GET', `/api/public/reports/verify?${query(number, 'AAAAAAAAAAAA')}`);
    expect(forged.body).toEqual({ genuine: false, number: 'LHU/BPIPI/2026/09999', status: null, revision: null, issuedAt: null, supersededBy: null });
    expect(wrongCode.body).toMatchObject({ genuine: false, status: null, revision: null, issuedAt: null });
  });

  it('reveals nothing beyond identity and status', async () => {
    const issued = await issuedReport(t);
    const { number, code } = await codeOf(issued.reportId);
    const response = await anonymous.send('GET', `/api/public/reports/verify?${query(number, code)}`);
    expect(Object.keys(response.body as object).sort()).toEqual(['genuine', 'issuedAt', 'number', 'revision', 'status', 'supersededBy']);
    expect(JSON.stringify(response.body)).not.toContain('Langkah Kuat');
  });

  it('answers 429 once the rate limit is spent', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= VERIFICATION_RATE_LIMIT; i++) {
      statuses.push((await anonymous.send('GET', `/api/public/reports/verify?${query('X', 'Y')}`)).status);
    }
    expect(statuses.slice(0, VERIFICATION_RATE_LIMIT).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('verification page', () => {
  const page = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.headers['content-type']).toContain('text/html');
    return { status: response.statusCode, html: response.body };
  };

  it('shows a genuine report in both languages', async () => {
    const issued = await issuedReport(t);
    const { number, code } = await codeOf(issued.reportId);
    const { status, html } = await page(`/verify?${query(number, code)}`);
    expect(status).toBe(200);
    expect(html).toContain('Laporan ini asli dan berlaku.');
    expect(html).toContain('This report is genuine and current.');
    expect(html).toContain(number);
  });

  it('shows a superseded report with its successor', async () => {
    const issued = await issuedReport(t);
    const { number, code } = await codeOf(issued.reportId);
    const amended = await t.clients.manager.request('POST', `/api/reports/${issued.reportId}/amend`, { reason: 'Model sepatu salah' });
    const { html } = await page(`/verify?${query(number, code)}`);
    expect(html).toContain(`telah digantikan oleh ${amended.number}`);
    expect(html).toContain('has been superseded');
  });

  it('warns about a forged number and escapes it', async () => {
    const { html } = await page(`/verify?${query('<script>x</script>', 'abc')}`);
    expect(html).toContain('tidak kami terbitkan');
    expect(html).toContain('We did not issue');
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;');
  });

  it('offers a form without a number', async () => {
    const { status, html } = await page('/verify');
    expect(status).toBe(200);
    expect(html).toContain('<form');
  });

  it('is rate-limited too', async () => {
    let last = 0;
    for (let i = 0; i <= VERIFICATION_RATE_LIMIT; i++) last = (await t.app.inject({ method: 'GET', url: '/verify' })).statusCode;
    expect(last).toBe(429);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/audit/csv.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';
import { BALANCE_LINES, issuedReport } from './helpers/records-flow.ts';
import { tamper } from './helpers/tamper.ts';

let t: TestLab;

beforeEach(async () => {
  t = await buildTestLab();
});

afterEach(async () => {
  await t.close();
});

async function tracedSample() {
  const issued = await issuedReport(t);
  await t.clients.receiver.request('POST', `/api/reports/${issued.reportId}/handovers`, { recipientName: 'Rina Marlina', idDocumentType: 'ktp' });
  return issued;
}

describe('sample trace', () => {
  it('follows a reported figure back to raw data', async () => {
    const issued = await tracedSample();
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(trace.sample.code).toBe(issued.sampleCode);
    expect(trace.sample.customer).toBe('CV Langkah Kuat');
    const [parameter] = trace.parameters;
    const [run] = parameter.runs;
    expect(run.instrument_code).toBe('NRC-01');
    expect(run.calibration).toMatchObject({ current: true, certificateNumber: 'KAL/2026/0417' });
    expect(run.readings.map((r: { raw: string }) => r.raw)).toEqual(BALANCE_LINES);
    expect(trace.rawChunks).toHaveLength(1);
    expect(trace.rawChunks[0].hex).toBe(issued.bytes.toString('hex'));
    expect(parameter.results[0]).toMatchObject({ value: '97', method_id: 'outsole-abrasion', method_version: expect.any(String) });
    expect(parameter.reviews.map((r: { stage: string; reviewer: string }) => `${r.stage}:${r.reviewer}`))
      .toEqual(['verification:Sutrisno Wibowo', 'validation:Ngatini Purwaningsih']);
    expect(trace.conditioning[0]).toMatchObject({ temperature_c: '23.1', humidity_pct: '50.4' });
    expect(trace.reports[0]).toMatchObject({ number: issued.reportNumber, sha256: issued.sha256 });
    expect(trace.reports[0].handovers[0]).toMatchObject({ recipient_name: 'Rina Marlina', id_document_type: 'ktp' });
    expect(trace.chain).toMatchObject({ intact: true, firstBreak: null, events: trace.events.length });
  });

  it('lists the people with their roles and every event', async () => {
    const issued = await tracedSample();
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    const people = Object.fromEntries(trace.people.map((p: { name: string; roles: string[] }) => [p.name, p.roles]));
    expect(people['Siti Rahmawati']).toEqual(['receiver']);
    expect(people['Dewi Ayu Lestari']).toEqual(['analyst']);
    expect(people['Sutrisno Wibowo']).toEqual(['supervisor']);
    expect(people['Ngatini Purwaningsih']).toEqual(['technical_manager']);
    const actions = trace.events.map((e: { action: string }) => e.action);
    for (const action of ['request.register', 'sample.accept', 'run.start', 'reading.accept', 'run.finish', 'parameter.verification.approve', 'parameter.validation.approve', 'report.issue', 'report.handover']) {
      expect(actions).toContain(action);
    }
  });

  it('is read-only and for auditors', async () => {
    const issued = await tracedSample();
    const analyst = await t.clients.analyst.send('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(analyst.status).toBe(403);
    const missing = await t.clients.auditor.send('GET', '/api/samples/JU-0000-XX-00000/trace');
    expect(missing.status).toBe(404);
  });

  it('exports JSON and CSV', async () => {
    const issued = await tracedSample();
    const json = await t.app.inject({ method: 'GET', url: `/api/samples/${issued.sampleCode}/trace.json`, headers: { authorization: `Bearer ${t.clients.auditor.token}` } });
    expect(json.headers['content-disposition']).toContain('attachment');
    expect(JSON.parse(json.body).sample.code).toBe(issued.sampleCode);
    const csv = await t.app.inject({ method: 'GET', url: `/api/samples/${issued.sampleCode}/trace.csv`, headers: { authorization: `Bearer ${t.clients.auditor.token}` } });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('section,at,person,item,value,detail');
    expect(lines.filter((l) => l.startsWith('reading,'))).toHaveLength(6);
    expect(csv.body).toContain('S S     2.5012 g');
    expect(lines.some((l) => l.startsWith('chain,,,intact,'))).toBe(true);
  });

  it('keeps a formula out of the CSV export', async () => {
    const issued = await tracedSample();
    await t.clients.receiver.request('POST', `/api/reports/${issued.reportId}/handovers`, { recipientName: '=HYPERLINK("http://x")', idDocumentType: 'other' });
    const csv = await t.app.inject({ method: 'GET', url: `/api/samples/${issued.sampleCode}/trace.csv`, headers: { authorization: `Bearer ${t.clients.auditor.token}` } });
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('audit events CSV', () => {
  it('exports every event with hashes', async () => {
    await tracedSample();
    const response = await t.app.inject({ method: 'GET', url: '/api/audit/events.csv', headers: { authorization: `Bearer ${t.clients.auditor.token}` } });
    expect(response.statusCode).toBe(200);
    const lines = response.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,at,user_id,user_name,action,entity_type,entity_id,before,after,prev_hash,hash');
    const count = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(lines).toHaveLength(Number(count.n) + 1);
  });

  it('is refused to an analyst', async () => {
    const response = await t.clients.analyst.send('GET', '/api/audit/events.csv');
    expect(response.status).toBe(403);
  });
});

describe('csv cells', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+31', "'+31"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "\"'\rx\""],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
    [null, ''],
    [{ a: 1 }, '"{""a"":1}"'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('quotes a formula that also holds a comma', () => {
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('ends rows with CRLF after a byte order mark', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x', b: 'y' }])).toBe('\uFEFFa,b\r\nx,y\r\n');
  });
});

describe('sample trace chain check', () => {
  it('shows the last full verification with its time', async () => {
    const issued = await tracedSample();
    const before = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(before.chain.lastFullVerification).toBeNull();
    const verified = await t.clients.auditor.request('GET', '/api/audit/verify');
    const after = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(after.chain.lastFullVerification).toMatchObject({ intact: true, id: verified.events, hash: verified.lastHash, verifiedAt: verified.verifiedAt });
  });

  it('names a changed event of the trace', async () => {
    const issued = await tracedSample();
    const changed = tamper(t, (sqlite) => {
      const row = sqlite.prepare("SELECT id FROM audit_events WHERE action = 'run.finish'").get() as { id: number };
      sqlite.prepare("UPDATE audit_events SET after = '{}' WHERE id = ?").run(row.id);
      return row.id;
    });
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(trace.chain).toMatchObject({ intact: false, firstBreak: { eventId: changed, reason: 'hash-mismatch' } });
  });

  it('names a deleted neighbour of a trace event', async () => {
    const issued = await tracedSample();
    const deleted = tamper(t, (sqlite) => {
      const row = sqlite.prepare("SELECT id FROM audit_events WHERE action = 'run.finish'").get() as { id: number };
      sqlite.prepare('DELETE FROM audit_events WHERE id = ?').run(row.id - 1);
      return row.id - 1;
    });
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(trace.chain.intact).toBe(false);
    expect(trace.chain.firstBreak.eventId).toBe(deleted);
  });

  it('leaves events outside the trace to the full verification', async () => {
    const issued = await tracedSample();
    const login = tamper(t, (sqlite) => {
      const row = sqlite.prepare("SELECT id FROM audit_events WHERE entity_type = 'user' ORDER BY id LIMIT 1").get() as { id: number };
      sqlite.prepare("UPDATE audit_events SET after = '{}' WHERE id = ?").run(row.id);
      return row.id;
    });
    const trace = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(trace.chain.intact).toBe(true);
    const full = await t.clients.auditor.request('GET', '/api/audit/verify');
    expect(full.firstBreak).toMatchObject({ eventId: login, reason: 'hash-mismatch' });
    const again = await t.clients.auditor.request('GET', `/api/samples/${issued.sampleCode}/trace`);
    expect(again.chain.lastFullVerification).toMatchObject({ intact: false, problem: `event ${login}: hash-mismatch` });
  });
});

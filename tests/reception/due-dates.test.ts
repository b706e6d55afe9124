import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReceptionLab, requestBody, type ReceptionLab } from './reception-lab.ts';

let t: ReceptionLab;

beforeEach(async () => {
  t = await buildReceptionLab();
});

afterEach(async () => {
  await t.close();
});

async function registerAt(instant: string, methods = ['outsole-abrasion']) {
  t.setNow(instant);
  return t.clients.receiver.request('POST', '/api/requests', requestBody(t.lab.customerId, [{ methods }]));
}

async function storedDueDate(requestId: number): Promise<string | null> {
  const row = await t.db.selectFrom('test_requests').select('due_date').where('id', '=', requestId).executeTakeFirstOrThrow();
  return row.due_date;
}

describe('due date at registration', () => {
  it('skips Idul Fitri and its cuti bersama', async () => {
    // Tuesday 17 March 2026, 10:00 WIB; 18–24 March are Nyepi, Idul Fitri and cuti bersama.
    const registered = await registerAt('2026-03-17T03:00:00Z');
    expect(registered.due.workingDays).toBe(5);
    expect(registered.due.dueDate).toBe('2026-03-31');
    expect(registered.due.estimated).toBe(false);
    expect(await storedDueDate(registered.id)).toBe('2026-03-31');
  });

  it('counts a Friday-afternoon sample from Monday', async () => {
    // Friday 4 December 2026, 16:30 WIB: after the 16:00 close of service.
    const late = await registerAt('2026-12-04T09:30:00Z');
    expect(late.due.receivedWithinServiceHours).toBe(false);
    expect(late.due.dueDate).toBe('2026-12-14');
    expect(late.due.dueAt).toBe('2026-12-14T08:30:00.000Z');
  });

  it('counts a Friday sample within hours from Friday', async () => {
    const early = await registerAt('2026-12-04T08:00:00Z');
    expect(early.due.receivedWithinServiceHours).toBe(true);
    expect(early.due.dueDate).toBe('2026-12-11');
  });

  it('raises the days for more parameters', async () => {
    const registered = await registerAt('2026-12-01T02:00:00Z', ['outsole-abrasion', 'upper-outsole-bond']);
    expect(registered.due.workingDays).toBe(7);
    expect(registered.due.dueDate).toBe('2026-12-10');
  });

  it('applies cuti bersama the laboratory enters', async () => {
    // 2027 has no SKB file: the date is estimated until the laboratory enters its days.
    const before = await registerAt('2027-06-01T02:00:00Z');
    expect(before.due.estimated).toBe(true);
    const added = await t.admin.send('POST', '/api/calendar/days', {
      date: before.due.dueDate, kind: 'cuti_bersama', name: 'Cuti bersama (uji)', source: 'SKB 2027 (test)',
    });
    expect(added.status).toBe(201);
    const after = await registerAt('2027-06-01T02:00:00Z');
    expect(after.due.dueDate > before.due.dueDate).toBe(true);
    const listed = await t.clients.receiver.request('GET', '/api/calendar/days');
    expect(listed).toEqual([expect.objectContaining({ date: before.due.dueDate, kind: 'cuti_bersama' })]);
  });

  it('rejects a calendar day from a receiver', async () => {
    const response = await t.clients.receiver.send('POST', '/api/calendar/days', { date: '2027-01-04', kind: 'cuti_bersama', name: 'x', source: 'y' });
    expect(response.status).toBe(403);
  });

  it('rejects the same date entered twice', async () => {
    const day = { date: '2027-01-04', kind: 'cuti_bersama', name: 'Cuti bersama', source: 'SKB' };
    expect((await t.admin.send('POST', '/api/calendar/days', day)).status).toBe(201);
    const again = await t.admin.send('POST', '/api/calendar/days', day);
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.body)).toContain('2027-01-04');
  });
});

describe('overdue list', () => {
  it('lists a request past its due date', async () => {
    const registered = await registerAt('2026-03-17T03:00:00Z');
    t.setNow('2026-04-02T03:00:00Z');
    const overdue = await t.clients.supervisor.request('GET', '/api/overdue');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ requestId: registered.id, dueDate: '2026-03-31', workingDaysOverdue: 2 });
  });

  it('leaves out a request not yet due', async () => {
    await registerAt('2026-03-17T03:00:00Z');
    t.setNow('2026-03-31T03:00:00Z');
    expect(await t.clients.receiver.request('GET', '/api/overdue')).toEqual([]);
  });

  it('is closed to analysts', async () => {
    expect((await t.clients.analyst.send('GET', '/api/overdue')).status).toBe(403);
  });
});

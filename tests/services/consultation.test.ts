import { afterEach, describe, expect, it } from 'vitest';
import { userId } from '../helpers/lab.ts';
import { auditOf, buildServiceLab, type ServiceLab } from './service-lab.ts';

let lab: ServiceLab | undefined;

afterEach(async () => {
  await lab?.close();
  lab = undefined;
});

const walkIn = {
  serviceId: 'consultation',
  applicant: { kind: 'person', name: 'Hendra Gunawan', region: 'Kabupaten Sidoarjo', phone: '0812 3344 5566' },
  subject: 'Sol sepatu mengelupas (delaminasi)',
  details: 'Sol luar PU terlepas dari upper setelah dua minggu dipakai; minta saran lem dan proses pengepresan.',
  channel: 'walk_in',
  requirementsMet: ['consultation_form'],
  route: 'technical',
  note: 'Buku tamu halaman 12',
};

/** Registers the walk-in at the front desk and returns its id. */
async function registerWalkIn(current: ServiceLab): Promise<number> {
  const created = await current.clients.receiver.request('POST', '/api/service-requests', walkIn);
  return created.id;
}

describe('technical consultation', () => {
  it('is routed to the technical manager who answers', async () => {
    // Wed 13 May 2026 09:00. One working day skips Thu 14 (Kenaikan Yesus
    // Kristus), Fri 15 (cuti bersama) and the weekend: due Mon 18 May.
    lab = await buildServiceLab('2026-05-13T09:00');
    const created = await lab.clients.receiver.request('POST', '/api/service-requests', walkIn);
    expect(created.number).toMatch(/^LYN-2026-\d{5}$/);
    expect(created.dueDate).toBe('2026-05-18');
    expect(created.steps.map((step: { stepId: string }) => step.stepId)).toEqual(['guest_book']);
    expect(created.steps[0].note).toBe('Buku tamu halaman 12');
    expect(created.nextStep.id).toBe('route');

    const manager = userId(lab.lab, 'manajer');
    lab.setClock('2026-05-13T09:20');
    const routed = await lab.clients.receiver.request('POST', `/api/service-requests/${created.id}/steps/route`, { assigneeId: manager });
    expect(routed.route).toBe('technical');
    expect(routed.assigneeId).toBe(manager);
    expect(routed.nextStep.roles).toEqual(['technical_manager', 'supervisor']);

    lab.setClock('2026-05-13T13:30');
    const answer = 'Bersihkan dan kasarkan permukaan sol, gunakan primer PU, tekan 30 detik; uji kekuatan rekat sol setelah 24 jam.';
    const answered = await lab.clients.manager.request('POST', `/api/service-requests/${created.id}/steps/consult`, { note: answer });
    expect(answered.status).toBe('steps_done');
    expect(answered.steps[2].doneBy).toBe(manager);
    expect(answered.steps[2].doneAt.slice(0, 10)).toBe('2026-05-13');

    const closed = await lab.clients.manager.request('POST', `/api/service-requests/${created.id}/close`, { outcome: 'completed', summary: answer });
    expect(closed.status).toBe('closed');
    expect(closed.outcomeSummary).toBe(answer);

    const events = await auditOf(lab, created.id);
    expect(events.map((event) => event.action)).toEqual([
      'service_request.register',
      'service_request.step.route',
      'service_request.step.consult',
      'service_request.close',
    ]);
    expect(events[2]!.user_id).toBe(manager);
    expect(JSON.parse(events[2]!.after!).note).toBe(answer);
  });

  it('rejects a step out of order', async () => {
    lab = await buildServiceLab('2026-05-13T09:00');
    const id = await registerWalkIn(lab);

    const early = await lab.clients.manager.send('POST', `/api/service-requests/${id}/steps/consult`, { note: 'Saran' });
    expect(early.status).toBe(409);
    expect((early.body as { error: string }).error).toBe('SERVICE_STEP_OUT_OF_ORDER');
    expect((early.body as { message: string }).message).toContain('"route"');

    await lab.clients.receiver.request('POST', `/api/service-requests/${id}/steps/route`, {});
    const again = await lab.clients.receiver.send('POST', `/api/service-requests/${id}/steps/route`, {});
    expect(again.status).toBe(409);
    expect((again.body as { error: string }).error).toBe('SERVICE_STEP_OUT_OF_ORDER');

    const tooSoon = await lab.clients.manager.send('POST', `/api/service-requests/${id}/close`, { outcome: 'completed', summary: 'Selesai' });
    expect(tooSoon.status).toBe(409);
    expect((tooSoon.body as { error: string }).error).toBe('WRONG_STATE');
    expect(await auditOf(lab, id)).toHaveLength(2);
  });

  it('rejects a step by the wrong role', async () => {
    lab = await buildServiceLab('2026-05-13T09:00');
    const id = await registerWalkIn(lab);

    const byAnalyst = await lab.clients.analyst.send('POST', `/api/service-requests/${id}/steps/route`, {});
    expect(byAnalyst.status).toBe(403);
    const byManager = await lab.clients.manager.send('POST', `/api/service-requests/${id}/steps/route`, {});
    expect(byManager.status).toBe(403);
    expect((byManager.body as { error: string }).error).toBe('ROLE_FORBIDDEN');

    await lab.clients.receiver.request('POST', `/api/service-requests/${id}/steps/route`, { assigneeId: userId(lab.lab, 'manajer') });
    const byReceiver = await lab.clients.receiver.send('POST', `/api/service-requests/${id}/steps/consult`, { note: 'Saran' });
    expect(byReceiver.status).toBe(403);
    expect((byReceiver.body as { error: string }).error).toBe('ROLE_FORBIDDEN');
    const bySupervisor = await lab.clients.supervisor.send('POST', `/api/service-requests/${id}/steps/consult`, { note: 'Saran' });
    expect(bySupervisor.status).toBe(403);
    expect((bySupervisor.body as { error: string }).error).toBe('SERVICE_STEP_ASSIGNED');
  });

  it('routes a management consultation to the desk', async () => {
    lab = await buildServiceLab('2026-05-13T09:00');
    const id = await registerWalkIn(lab);
    const routed = await lab.clients.receiver.request('POST', `/api/service-requests/${id}/steps/route`, { route: 'management' });
    expect(routed.nextStep.roles).toEqual(['admin']);
    expect((await lab.clients.manager.send('POST', `/api/service-requests/${id}/steps/consult`, { note: 'Saran' })).status).toBe(403);
    expect((await lab.admin.send('POST', `/api/service-requests/${id}/steps/consult`, { note: 'Saran' })).status).toBe(200);
  });

  it('rejects bad staff input naming the field', async () => {
    lab = await buildServiceLab('2026-05-13T09:00');
    const cases: [string, unknown, string][] = [
      ['/api/service-requests', { ...walkIn, applicant: { kind: 'person', name: 'Hendra' } }, 'body.applicant.phone'],
      ['/api/service-requests', { ...walkIn, channel: 'pigeon' }, 'body.channel'],
      ['/api/service-requests', { ...walkIn, route: 'legal' }, 'route'],
      ['/api/service-requests', { ...walkIn, requirementsMet: [] }, 'requirementsMet'],
      ['/api/service-requests', { ...walkIn, subject: '' }, 'body.subject'],
    ];
    for (const [url, body, field] of cases) {
      const response = await lab.clients.receiver.send('POST', url, body);
      expect(response.status, field).toBe(400);
      expect((response.body as { field: string }).field, field).toBe(field);
    }

    const id = await registerWalkIn(lab);
    const stepCases: [string, unknown, string][] = [
      [`/api/service-requests/${id}/steps/answer`, {}, 'stepId'],
      [`/api/service-requests/${id}/steps/route`, { assigneeId: userId(lab.lab, 'analis') }, 'assigneeId'],
      [`/api/service-requests/${id}/steps/route`, { assigneeId: 'manajer' }, 'body.assigneeId'],
    ];
    for (const [url, body, field] of stepCases) {
      const response = await lab.clients.receiver.send('POST', url, body);
      expect(response.status, field).toBe(400);
      expect((response.body as { field: string }).field, field).toBe(field);
    }
    expect((await lab.clients.receiver.send('POST', '/api/service-requests/999/steps/route', {})).status).toBe(404);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { auditOf, buildServiceLab, type ServiceLab } from './service-lab.ts';

let lab: ServiceLab | undefined;

afterEach(async () => {
  await lab?.close();
  lab = undefined;
});

const registration = {
  serviceId: 'mentoring-self-registered',
  applicant: {
    kind: 'company',
    name: 'CV Sepatu Pakuan',
    contactPerson: 'Rina Marlina',
    region: 'Kabupaten Bogor',
    email: 'rina@sepatupakuan.example',
    phone: '+62 812 1111 2222',
  },
  subject: 'Pelatihan pembuatan pola sepatu',
  details: 'Dua peserta dari bagian produksi.',
  requirementsMet: ['verified_account', 'participant_data'],
};

describe('self-registered training', () => {
  it('is registered from the website and confirmed in time', async () => {
    // Mon 11 May 2026 10:00. Twelve working days skip Thu 14 (Kenaikan),
    // Fri 15 (cuti), Wed 27 (Iduladha), Thu 28 (cuti) and Mon 1 Jun
    // (Pancasila): day 12 is Wed 3 Jun 2026, due at 15:30 WIB.
    lab = await buildServiceLab('2026-05-11T10:00');
    const created = await lab.visitor.send('POST', '/api/public/service-requests', registration);
    expect(created.status).toBe(201);
    const receipt = created.body as { number: string; trackingCode: string; dueDate: string; dueAt: string };
    expect(receipt.number).toMatch(/^LYN-2026-\d{5}$/);
    expect(receipt.trackingCode).toMatch(/^[2-9A-Z]{10}$/);
    expect(receipt.dueDate).toBe('2026-06-03');
    expect(receipt.dueAt).toBe('2026-06-03T08:30:00.000Z');

    const listed = await lab.admin.request('GET', '/api/service-requests?status=open');
    expect(listed).toHaveLength(1);
    expect(listed[0].nextStepId).toBe('confirm_by_email');
    expect(listed[0].overdue).toBe(false);
    const id = listed[0].id as number;

    // The training section confirms by email three working days later.
    lab.setClock('2026-05-19T09:15');
    const confirmed = await lab.admin.request('POST', `/api/service-requests/${id}/steps/confirm_by_email`, { note: 'Konfirmasi dikirim ke rina@sepatupakuan.example' });
    expect(confirmed.steps.map((step: { stepId: string }) => step.stepId)).toEqual(['register_online', 'confirm_by_email']);
    expect(new Date(confirmed.steps[1].doneAt).getTime()).toBeLessThan(new Date(receipt.dueAt).getTime());
    expect(confirmed.nextStep.id).toBe('mentoring');

    lab.setClock('2026-05-26T14:00');
    await lab.admin.request('POST', `/api/service-requests/${id}/steps/mentoring`, {});
    await lab.admin.request('POST', `/api/service-requests/${id}/steps/evaluate_and_report`, { note: 'Laporan pelatihan selesai' });
    const closed = await lab.admin.request('POST', `/api/service-requests/${id}/close`, { outcome: 'completed', summary: 'Dua peserta lulus pelatihan pola.' });
    expect(closed.status).toBe('closed');
    expect(closed.outcome).toBe('completed');
    expect(closed.overdue).toBe(false);

    const actions = (await auditOf(lab, id)).map((event) => event.action);
    expect(actions).toEqual([
      'service_request.register',
      'service_request.step.confirm_by_email',
      'service_request.step.mentoring',
      'service_request.step.evaluate_and_report',
      'service_request.close',
    ]);
    expect((await verifyAuditChain(lab.db)).intact).toBe(true);
  });

  it('tracks status and due date with the code only', async () => {
    lab = await buildServiceLab('2026-05-11T10:00');
    const receipt = await lab.visitor.request('POST', '/api/public/service-requests', registration);

    const tracked = await lab.visitor.send('GET', `/api/public/service-requests/${receipt.number}?code=${receipt.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toEqual({ number: receipt.number, status: 'open', dueDate: '2026-06-03' });

    const wrongCode = await lab.visitor.send('GET', `/api/public/service-requests/${receipt.number}?code=AAAAAAAAAA`);
    const unknownNumber = await lab.visitor.send('GET', `/api/public/service-requests/LYN-2026-99999?code=${receipt.trackingCode}`);
    expect(wrongCode.status).toBe(404);
    expect(unknownNumber.status).toBe(404);
    expect((wrongCode.body as { error: string }).error).toBe('NOT_FOUND');

    const stored = await lab.db.selectFrom('service_requests').select('tracking_code_hash').executeTakeFirstOrThrow();
    expect(stored.tracking_code_hash).not.toContain(receipt.trackingCode);
  });

  it('rejects bad public input naming the field', async () => {
    lab = await buildServiceLab('2026-05-11T10:00');
    const cases: [unknown, string][] = [
      [{ ...registration, applicant: { ...registration.applicant, email: undefined } }, 'body.applicant.email'],
      [{ ...registration, applicant: { ...registration.applicant, phone: 'call me' } }, 'body.applicant.phone'],
      [{ ...registration, status: 'closed' }, 'body'],
      [{ ...registration, requirementsMet: ['verified_account'] }, 'requirementsMet'],
      [{ ...registration, serviceId: 'consultation', requirementsMet: ['consultation_form'] }, 'serviceId'],
      [{ ...registration, serviceId: 'massage' }, 'serviceId'],
    ];
    for (const [body, field] of cases) {
      const response = await lab.visitor.send('POST', '/api/public/service-requests', body);
      expect(response.status, field).toBe(400);
      expect((response.body as { field: string }).field, field).toBe(field);
    }
    expect(await lab.db.selectFrom('service_requests').select('id').execute()).toHaveLength(0);
  });

  it('lets no visitor list or move requests', async () => {
    lab = await buildServiceLab('2026-05-11T10:00');
    await lab.visitor.request('POST', '/api/public/service-requests', registration);
    expect((await lab.visitor.send('GET', '/api/service-requests')).status).toBe(401);
    expect((await lab.visitor.send('POST', '/api/service-requests/1/steps/confirm_by_email', {})).status).toBe(401);
    expect((await lab.clients.analyst.send('POST', '/api/service-requests/1/steps/confirm_by_email', {})).status).toBe(403);
  });
});

import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWorkingCalendar } from '../../src/reception/calendar/index.ts';
import { serviceCatalogue } from '../../src/services/catalogue.ts';
import { addMonths, serviceDueDate } from '../../src/services/due-date.ts';
import { buildServiceLab, wib, type ServiceLab } from './service-lab.ts';

const calendar = loadWorkingCalendar(fileURLToPath(new URL('../../fixtures/calendar', import.meta.url)));
const timeOf = (serviceId: string) => serviceCatalogue().get(serviceId)!.completionTime;

describe('service due date', () => {
  it('counts TKDN working days across Idulfitri', () => {
    // Tue 17 Mar 2026 09:00. Closed: Wed 18 (cuti), Thu 19 (Nyepi), Fri 20
    // (cuti), Sat 21 to Tue 24 (Idulfitri, weekend, cuti). Day 1 Wed 25,
    // 2 Thu 26, 3 Fri 27, 4 Mon 30, 5 Tue 31 Mar.
    const due = serviceDueDate(timeOf('tkdn-assistance'), wib('2026-03-17T09:00'), calendar);
    expect(due.dueDate).toBe('2026-03-31');
    expect(due.estimated).toBe(false);
  });

  it('counts a consultation received after closing from the next day', () => {
    // Fri 17 Apr 2026 16:30 is after the 16:00 Friday close, so the receipt
    // day is Mon 20 Apr and the one working day ends Tue 21 Apr.
    const due = serviceDueDate(timeOf('consultation'), wib('2026-04-17T16:30'), calendar);
    expect(due.dueDate).toBe('2026-04-21');
  });

  it('moves a month deadline off Iduladha', () => {
    // Fri 27 Feb 2026 + 3 months is Wed 27 May (Iduladha); Thu 28 is cuti
    // bersama, so E-LSP is due Fri 29 May at 16:00 WIB.
    const due = serviceDueDate(timeOf('e-lsp'), wib('2026-02-27T09:00'), calendar);
    expect(due.dueDate).toBe('2026-05-29');
    expect(due.dueAt.toISOString()).toBe('2026-05-29T09:00:00.000Z');
  });

  it('flags a year-long deadline into 2027 as estimated', () => {
    const due = serviceDueDate(timeOf('mentoring-integrated'), wib('2026-06-02T09:00'), calendar);
    expect(due.dueDate).toBe('2027-06-02');
    expect(due.estimated).toBe(true);
  });

  it('clamps month arithmetic to the month end', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonths('2026-01-15', 24)).toBe('2028-01-15');
  });
});

describe('overdue service requests', () => {
  let lab: ServiceLab | undefined;

  afterEach(async () => {
    await lab?.close();
    lab = undefined;
  });

  it('lists an unanswered consultation as overdue', async () => {
    lab = await buildServiceLab('2026-05-13T09:00');
    const created = await lab.clients.receiver.request('POST', '/api/service-requests', {
      serviceId: 'consultation',
      applicant: { kind: 'company', name: 'UD Kulit Tanggulangin', contactPerson: 'Slamet', email: 'slamet@kulit.example' },
      subject: 'Pengelolaan mutu produksi',
      details: 'Ingin menyusun prosedur pemeriksaan akhir.',
      channel: 'phone',
      requirementsMet: ['consultation_form'],
    });
    expect(created.dueDate).toBe('2026-05-18');

    lab.setClock('2026-05-18T15:00');
    expect(await lab.clients.receiver.request('GET', '/api/service-requests?overdue=1')).toHaveLength(0);

    // Tue 19 May 10:00 is past close of service on Mon 18 May.
    lab.setClock('2026-05-19T10:00');
    const overdue = await lab.clients.receiver.request('GET', '/api/service-requests?overdue=1');
    expect(overdue).toHaveLength(1);
    expect(overdue[0].number).toBe(created.number);
    expect(overdue[0].overdue).toBe(true);
    expect(overdue[0].workingDaysOverdue).toBe(1);
    expect(overdue[0].nextStepId).toBe('route');

    await lab.admin.request('POST', `/api/service-requests/${created.id}/close`, { outcome: 'withdrawn', summary: 'Pemohon membatalkan lewat telepon.' });
    expect(await lab.clients.receiver.request('GET', '/api/service-requests?overdue=1')).toHaveLength(0);
    const closed = await lab.clients.auditor.request('GET', '/api/service-requests?status=closed');
    expect(closed[0].overdue).toBe(false);

    const badQuery = await lab.clients.receiver.send('GET', '/api/service-requests?overdue=yes');
    expect(badQuery.status).toBe(400);
    expect((badQuery.body as { field: string }).field).toBe('querystring.overdue');
  });
});

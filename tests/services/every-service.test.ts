import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import type { Role } from '../../src/auth/roles.ts';
import type { ApiClient } from '../../src/demo/api-client.ts';
import { loadServiceCatalogue, SERVICES_FOLDER } from '../../src/services/catalogue.ts';
import { auditOf, buildServiceLab, type ServiceLab } from './service-lab.ts';

const catalogue = loadServiceCatalogue(SERVICES_FOLDER);
let lab: ServiceLab;

beforeAll(async () => {
  lab = await buildServiceLab('2026-07-01T09:00');
});

afterAll(async () => {
  await lab.close();
});

/** Returns a logged-in client holding the role. */
function clientFor(role: Role): ApiClient {
  const clients: Partial<Record<Role, ApiClient>> = {
    admin: lab.admin,
    receiver: lab.clients.receiver,
    technical_manager: lab.clients.manager,
    supervisor: lab.clients.supervisor,
  };
  return clients[role]!;
}

describe('every catalogue service', () => {
  it.each(catalogue.map((service) => [service.id, service] as const))('%s walks its steps in order', async (_id, service) => {
    const first = service.steps[0]!;
    const registrar = clientFor(first.roles === 'routed' ? 'admin' : first.roles[0]!);
    const created = await registrar.request('POST', '/api/service-requests', {
      serviceId: service.id,
      applicant: { kind: 'company', name: 'CV Langkah Kuat', region: 'Kabupaten Mojokerto', email: 'info@langkahkuat.example' },
      subject: service.title.id,
      details: 'Permohonan dari meja layanan.',
      channel: 'letter',
      requirementsMet: service.requirements.map((requirement) => requirement.id),
    });
    const atRegistration = service.steps.filter((step) => step.atRegistration).length;
    expect(created.steps).toHaveLength(atRegistration);

    let route: string | null = null;
    for (const step of service.steps.slice(atRegistration)) {
      const routes = step.routes ? Object.keys(step.routes) : [];
      route = routes[0] ?? route;
      const roles = step.roles === 'routed' ? service.steps.find((s) => s.routes)!.routes![route!]!.roles : step.roles;
      const body = step.routes ? { route } : { note: `Langkah ${step.id} selesai` };
      const recorded = await clientFor(roles[0]!).request('POST', `/api/service-requests/${created.id}/steps/${step.id}`, body);
      expect(recorded.steps.at(-1).stepId).toBe(step.id);
    }

    const closed = await lab.admin.request('POST', `/api/service-requests/${created.id}/close`, { outcome: 'completed', summary: 'Selesai.' });
    expect(closed.steps.map((step: { stepId: string }) => step.stepId)).toEqual(service.steps.map((step) => step.id));
    const actions = (await auditOf(lab, created.id)).map((event) => event.action);
    expect(actions).toEqual([
      'service_request.register',
      ...service.steps.slice(atRegistration).map((step) => `service_request.step.${step.id}`),
      'service_request.close',
    ]);
  });

  it('keeps the audit chain intact', async () => {
    expect((await verifyAuditChain(lab.db)).intact).toBe(true);
  });
});

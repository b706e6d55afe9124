import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CatalogueError, loadServiceCatalogue, SERVICES_FOLDER } from '../../src/services/catalogue.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';

const catalogue = loadServiceCatalogue(SERVICES_FOLDER);
const byId = new Map(catalogue.map((service) => [service.id, service]));

/** Writes one catalogue file into a fresh folder and returns the folder. */
function folderWith(name: string, content: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'jitu-services-'));
  writeFileSync(join(folder, name), JSON.stringify(content));
  return folder;
}

describe('service catalogue', () => {
  it('contains every service besides testing', () => {
    expect([...byId.keys()].sort()).toEqual([
      'business-incubator', 'consultation', 'e-lsp', 'ifcc', 'ifn', 'mentoring-integrated',
      'mentoring-inwall', 'mentoring-outwall', 'mentoring-self-registered', 'quality-system-mentoring', 'tkdn-assistance',
    ]);
  });

  it('states the completion times of the standard', () => {
    const promised = Object.fromEntries(catalogue.map((service) => [service.id, `${service.completionTime.max} ${service.completionTime.unit}`]));
    expect(promised).toEqual({
      consultation: '1 working_days',
      'mentoring-inwall': '12 working_days',
      'mentoring-outwall': '11 working_days',
      'mentoring-self-registered': '12 working_days',
      'mentoring-integrated': '12 months',
      ifn: '2 working_days',
      ifcc: '4 months',
      'tkdn-assistance': '5 working_days',
      'business-incubator': '24 months',
      'e-lsp': '3 months',
      'quality-system-mentoring': '12 months',
    });
    expect(byId.get('mentoring-self-registered')!.completionTime.min).toBe(5);
  });

  it('cites a section for every step', () => {
    for (const service of catalogue) {
      for (const step of service.steps) expect(step.source, `${service.id}.${step.id}`).toMatch(/komponen|Bagan alir/);
    }
    expect(byId.get('business-incubator')!.steps).toHaveLength(12);
    expect(byId.get('e-lsp')!.requirements.map((requirement) => requirement.id)).toEqual(['identity_card', 'last_diploma']);
  });

  it('opens self-registration only where the standard has a website form', () => {
    const open = catalogue.filter((service) => service.publicRegistration).map((service) => service.id);
    expect(open).toEqual(['e-lsp', 'mentoring-self-registered']);
  });

  it('rejects a file named unlike its id', () => {
    const folder = folderWith('other.json', { ...byId.get('ifn') });
    expect(() => loadServiceCatalogue(folder)).toThrow(CatalogueError);
    expect(() => loadServiceCatalogue(folder)).toThrow(/name the file after its id/);
  });

  it('rejects a routed step with no routing step', () => {
    const ifn = byId.get('ifn')!;
    const broken = { ...ifn, steps: [{ ...ifn.steps[0], roles: 'routed' }, ...ifn.steps.slice(1)] };
    expect(() => loadServiceCatalogue(folderWith('ifn.json', broken))).toThrow(/no routing step comes before it/);
  });

  it('rejects an unknown role naming the field', () => {
    const ifn = byId.get('ifn')!;
    const broken = { ...ifn, steps: [{ ...ifn.steps[0], roles: ['surveyor'] }, ...ifn.steps.slice(1)] };
    expect(() => loadServiceCatalogue(folderWith('ifn.json', broken))).toThrow(/steps\[0\]\.roles/);
  });
});

describe('GET /api/services', () => {
  let lab: TestLab | undefined;

  afterEach(async () => {
    await lab?.close();
    lab = undefined;
  });

  it('lists the catalogue for staff only', async () => {
    lab = await buildTestLab();
    const services = await lab.clients.receiver.request('GET', '/api/services');
    expect(services).toHaveLength(11);
    const consultation = services.find((service: { id: string }) => service.id === 'consultation');
    expect(consultation.title.id).toBe('Konsultasi Teknis dan Manajemen');
    expect(consultation.steps.map((step: { id: string }) => step.id)).toEqual(['guest_book', 'route', 'consult']);
    expect((await lab.clients.analyst.send('GET', '/api/services')).status).toBe(403);
  });
});

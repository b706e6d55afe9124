import { ApiClient } from '../../src/demo/api-client.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';

/** A test lab whose reception clock the test sets, with an admin client too. */
export interface ReceptionLab extends TestLab {
  admin: ApiClient;
  setNow(instant: string): void;
}

export async function buildReceptionLab(startAt = '2026-12-02T02:00:00Z'): Promise<ReceptionLab> {
  let now = new Date(startAt);
  const lab = await buildTestLab({ config: { clock: () => now } });
  const account = lab.lab.credentials.find((c) => c.username === 'admin')!;
  const admin = await ApiClient.login(lab.app, account.username, account.password);
  return { ...lab, admin, setNow: (instant) => { now = new Date(instant); } };
}

export interface SampleSpec {
  commodity?: string;
  quantity?: number;
  methods?: string[];
  description?: string;
}

/** Builds a request body for the returning demo customer, one sample per spec. */
export function requestBody(customerId: number, specs: SampleSpec[] = [{}]) {
  return {
    customer: { id: customerId },
    samples: specs.map((spec) => ({
      description: spec.description ?? 'Sepatu pengaman kulit, sol PU',
      commodity: spec.commodity ?? 'safety-footwear',
      brand: 'Langkah Kuat',
      model: 'LK-07',
      size: '42',
      colour: 'Hitam',
      material: 'Kulit sapi / PU',
      quantity: spec.quantity ?? 3,
      condition: 'Baik',
      parameters: (spec.methods ?? ['outsole-abrasion']).map((methodId) => ({ methodId })),
    })),
  };
}

/** Ticks a receiver gives a sound, labelled sample. */
export const GOOD_TICKS = { checks: { undamaged: true, labelled: true } };

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { DEMO_WEIGHINGS, runAbrasionFlow } from '../../src/demo/abrasion-flow.ts';
import { freeLoopbackPort } from '../../src/demo/instruments.ts';
import { openPseudoTerminalPair, type PseudoTerminalPair } from '../../src/demo/pseudo-terminal.ts';
import { jakartaDateOf } from '../../src/reception/calendar/jakarta-time.ts';
import { buildTestLab, type TestLab } from '../helpers/lab.ts';

const script = {
  readings: [...DEMO_WEIGHINGS.before, ...DEMO_WEIGHINGS.after].map((value) => ({ value, unit: 'g' })),
  dynamicBefore: 2,
};

let lab: TestLab | undefined;
let simulator: SimulatorHandle | undefined;
let pty: PseudoTerminalPair | undefined;

afterEach(async () => {
  await lab?.close();
  await simulator?.stop();
  pty?.close();
  lab = undefined;
  simulator = undefined;
  pty = undefined;
});

function pdfText(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'jitu-lhu-')), 'lhu.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function runFlowOver(servicePort: string, simulatorTarget: string) {
  lab = await buildTestLab({ balancePort: servicePort });
  await lab.app.instrumentLinks.startAll();
  return runAbrasionFlow(lab.clients, lab.lab, {
    startBalance: async () => {
      simulator = await startSimulator({ driver: 'mettler-sics', to: simulatorTarget, rateHz: 20, script });
    },
  });
}

describe('testing flow over HTTP', () => {
  it('carries a sample to an issued LHU on a pseudo-terminal balance', async () => {
    pty = await openPseudoTerminalPair();
    const flow = await runFlowOver(pty.servicePath, pty.instrumentPath);

    // Mass losses 115.9, 116.8, 117.3 mg; ΔV = Δm × 200 / (1.18 × 204):
    // 96.29, 97.04, 97.46 mm³; mean 96.93, reported to 1 mm³ as 97.
    expect(flow.result.value).toBe('97');
    expect(flow.result.unit).toBe('mm³');
    expect(flow.result.verdict).toBe('pass');
    const code = flow.sample.code;
    expect(flow.result.specimens).toEqual([`${code}-S1`, `${code}-S2`, `${code}-S3`]);

    const text = pdfText(flow.pdf);
    expect(text).toContain(flow.sample.code);
    expect(text).toContain('ISO 4649');
    expect(text).toMatch(/\b97\b/);
    // The issue date is the laboratory's calendar day in WIB, not the UTC day.
    expect(text).toMatch(new RegExp(`Date of issue:\\s+${jakartaDateOf(new Date())}`));

    const parameter = await lab!.db.selectFrom('requested_parameters').selectAll().where('id', '=', flow.parameterId).executeTakeFirstOrThrow();
    expect(parameter.status).toBe('reported');
    const handovers = await lab!.db.selectFrom('handovers').selectAll().execute();
    expect(handovers).toHaveLength(1);
    const request = await lab!.clients.receiver.request('GET', `/api/requests/${flow.registered.id}`);
    expect(request.status).toBe('handed_over');
    expect(request.customer.name).toBe('CV Langkah Kuat');
    expect(request.payments).toHaveLength(1);
    expect(request.payments[0].billing_reference).toBe('SIMPONI-820261204001');
    expect((await verifyAuditChain(lab!.db)).intact).toBe(true);
  });

  it('keeps the raw balance line behind each accepted reading', async () => {
    const port = `tcp://127.0.0.1:${await freeLoopbackPort()}`;
    const flow = await runFlowOver(port, port);
    const readings = await lab!.db
      .selectFrom('run_readings')
      .innerJoin('measurements', 'measurements.id', 'run_readings.measurement_id')
      .select(['run_readings.value', 'measurements.raw'])
      .where('run_readings.run_id', '=', flow.run.id)
      .execute();
    const chunks = await lab!.db.selectFrom('raw_chunks').select('bytes').orderBy('id').execute();
    const stream = Buffer.concat(chunks.map((c) => Buffer.from(c.bytes))).toString('latin1');
    expect(readings).toHaveLength(6);
    for (const reading of readings) {
      expect(reading.raw).toMatch(new RegExp(`^S S +${reading.value.replace('.', '\\.')} g$`));
      expect(stream).toContain(`${reading.raw}\r\n`);
    }
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import { buildApp } from '../app.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { DEMO_WEIGHINGS, loginDemoStaff, runAbrasionFlow } from './abrasion-flow.ts';
import { freeLoopbackPort } from './instruments.ts';
import { hasSocat, openPseudoTerminalPair, type PseudoTerminalPair } from './pseudo-terminal.ts';
import { seedDemoLab } from './seed.ts';

export interface DemoOutcome {
  pdfPath: string;
  databaseFile: string;
  sampleCode: string;
  value: string;
  unit: string;
  transport: 'pseudo-terminal' | 'tcp';
}

const script = {
  readings: [...DEMO_WEIGHINGS.before, ...DEMO_WEIGHINGS.after].map((value) => ({ value, unit: 'g' })),
  dynamicBefore: 2,
};

/**
 * Runs the whole testing flow on a fresh demo database against a simulated
 * Mettler Toledo balance on a pseudo-terminal (socat) or, without socat, on
 * loopback TCP, and writes the LHU PDF into the data folder.
 */
export async function runDemo(config: Config, log: (line: string) => void, transport?: 'pty' | 'tcp'): Promise<DemoOutcome> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const folder = join(config.dataDir, 'demo');
  mkdirSync(folder, { recursive: true });
  const databaseFile = join(folder, `jitu-demo-${stamp}.sqlite`);
  const usePty = transport ? transport === 'pty' : hasSocat();
  const pty: PseudoTerminalPair | null = usePty ? await openPseudoTerminalPair() : null;
  const servicePort = pty ? pty.servicePath : `tcp://127.0.0.1:${await freeLoopbackPort()}`;
  const simulatorTarget = pty ? pty.instrumentPath : servicePort;
  log(`balance on ${pty ? `pseudo-terminal ${pty.servicePath}` : servicePort}`);
  const db = openDatabase(databaseFile);
  let simulator: SimulatorHandle | null = null;
  // The customer brought the sample yesterday morning, so that its
  // specimens have been conditioned for a day when the run starts.
  const clock = () => new Date(Date.now() - 26 * 3600_000);
  const app = await buildApp({ config: { ...config, databaseFile, clock }, db });
  try {
    await migrateToLatest(db);
    const lab = await seedDemoLab(db, servicePort);
    await app.ready();
    await app.instrumentLinks.startAll();
    const clients = await loginDemoStaff(app, lab);
    const flow = await runAbrasionFlow(clients, lab, {
      startBalance: async () => {
        simulator = await startSimulator({ driver: 'mettler-sics', to: simulatorTarget, rateHz: 10, script });
      },
      log,
    });
    const chain = await verifyAuditChain(db);
    log(`audit chain ${chain.intact ? 'intact' : 'BROKEN'} over ${chain.events} events`);
    const pdfPath = join(folder, `${flow.report.number.replace(/\//g, '-')}.pdf`);
    writeFileSync(pdfPath, flow.pdf);
    return { pdfPath, databaseFile, sampleCode: flow.sample.code, value: flow.result.value, unit: flow.result.unit, transport: pty ? 'pseudo-terminal' : 'tcp' };
  } finally {
    await app.close();
    await (simulator as SimulatorHandle | null)?.stop();
    pty?.close();
    await db.destroy();
  }
}

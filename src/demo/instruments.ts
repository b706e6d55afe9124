import { createServer } from 'node:net';
import { startSimulator, type SimulatorHandle } from '../../drivers/simulators/index.ts';
import type { SimulatorScript } from '../../drivers/simulators/index.ts';

export interface DemoInstruments {
  balancePort: string;
  stop(): Promise<void>;
}

/** Finds a free loopback port by binding port 0 and releasing it. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a simulated Mettler Toledo balance acting as a serial device server
 * on loopback, so the demo laboratory shows live readings without hardware.
 */
export async function startDemoInstruments(balancePort?: string, script?: SimulatorScript): Promise<DemoInstruments> {
  const port = balancePort ?? `tcp://127.0.0.1:${await freeLoopbackPort()}`;
  const balance: SimulatorHandle = await startSimulator({ driver: 'mettler-sics', to: port, rateHz: 1, ...(script ? { script } : {}) });
  return { balancePort: port, stop: () => balance.stop() };
}

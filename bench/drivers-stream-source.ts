// Child process of the instrument stream benchmark: runs simulated balances so
// that their CPU time is not counted against the consumer.
// Usage: tsx bench/drivers-stream-source.ts RATE_HZ TARGET...
import { startSimulator, type SimulatorHandle } from '../drivers/simulators/index.ts';

const [rate, ...targets] = process.argv.slice(2);
const handles: SimulatorHandle[] = [];
for (const [index, to] of targets.entries()) {
  handles.push(await startSimulator({ driver: 'mettler-sics', to, seed: index + 1, rateHz: Number(rate) }));
}
process.stdout.write('ready\n');

process.once('SIGTERM', async () => {
  for (const handle of handles) await handle.stop();
  process.exit(0);
});

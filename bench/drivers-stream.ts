// Instrument stream benchmark: N simulated balances at R lines/s each, read
// through real transports into a consumer that forwards every measurement to
// websocket subscribers. Latency runs from byte arrival in the consumer to
// receipt by a subscriber, both timed in this process. A bare serialport +
// parser-readline pipe reads the same pseudo-terminal lines as a baseline.
// Usage: npx tsx bench/drivers-stream.ts [--instruments 50] [--rate 10]
//        [--seconds 20] [--subscribers 2] [--modes tcp-link,pty-link,pty-readline]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { consumeWithLinks, consumeWithReadline, type Consumer } from './drivers-stream-consumers.ts';
import { startFanout } from './drivers-stream-fanout.ts';
import { freePorts, openPtyPairs, startSources, stopProcess } from './drivers-stream-setup.ts';
import { percentile, sleep } from './stream-stats.ts';

const { values } = parseArgs({
  options: {
    instruments: { type: 'string', default: '50' },
    rate: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    subscribers: { type: 'string', default: '2' },
    modes: { type: 'string', default: 'tcp-link,pty-link,pty-readline' },
  },
});
const instruments = Number(values.instruments);
const rateHz = Number(values.rate);
const seconds = Number(values.seconds);
const subscribers = Number(values.subscribers);
const WARMUP_MS = 3000;
// Targets for live readings on a bench terminal: a reading reaches the screen
// well within a display refresh, and one core keeps room for the service.
const TARGET_P99_MS = 50;
const TARGET_CPU_PERCENT = 25;

type Mode = 'tcp-link' | 'pty-link' | 'pty-readline';

async function runMode(mode: Mode) {
  const fanout = await startFanout(subscribers);
  const { targets, readerPaths, closeLines } = await prepareLines(mode);
  const sources = await startSources(rateHz, targets);
  const consumer: Consumer =
    mode === 'pty-readline'
      ? await consumeWithReadline(readerPaths, fanout.broadcast)
      : consumeWithLinks(readerPaths, fanout.broadcast);
  await sleep(WARMUP_MS);
  fanout.record(true);
  const result = await measure(() => fanout.takeLatencies());
  fanout.record(false);
  await consumer.close();
  await stopProcess(sources);
  await closeLines();
  await fanout.close();
  return { mode, ...result };
}

async function prepareLines(mode: Mode) {
  if (mode === 'tcp-link') {
    const targets = (await freePorts(instruments)).map((port) => `tcp://127.0.0.1:${port}`);
    return { targets, readerPaths: targets, closeLines: async () => {} };
  }
  const ptys = await openPtyPairs(instruments);
  return {
    targets: ptys.pairs.map(({ a }) => a),
    readerPaths: ptys.pairs.map(({ b }) => b),
    closeLines: async () => void (await ptys.close()),
  };
}

async function measure(takeLatencies: () => number[]) {
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let rssPeak = 0;
  let heapPeak = 0;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    rssPeak = Math.max(rssPeak, memory.rss);
    heapPeak = Math.max(heapPeak, memory.heapUsed);
  }, 250);
  await sleep(seconds * 1000);
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - wallStart;
  const latencies = takeLatencies().sort((a, b) => a - b);
  return {
    messages: latencies.length,
    linesPerSecond: latencies.length / subscribers / (wallMs / 1000),
    medianMs: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    maxMs: latencies.at(-1) ?? NaN,
    cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    rssPeakMb: rssPeak / 2 ** 20,
    heapPeakMb: heapPeak / 2 ** 20,
  };
}


const modes = values.modes.split(',') as Mode[];
console.log(`instruments=${instruments} rate=${rateHz}/s seconds=${seconds} subscribers=${subscribers}`);
console.log(`targets: p99 <= ${TARGET_P99_MS} ms, consumer CPU <= ${TARGET_CPU_PERCENT} % of one core`);
console.log('| mode | lines/s | median ms | p99 ms | max ms | consumer CPU % | RSS peak MB | heap peak MB | target |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const mode of modes) {
  const r = await runMode(mode);
  const row = [r.mode, r.linesPerSecond.toFixed(0), r.medianMs.toFixed(2), r.p99Ms.toFixed(2), r.maxMs.toFixed(2),
    r.cpuPercent.toFixed(1), r.rssPeakMb.toFixed(0), r.heapPeakMb.toFixed(0),
    r.p99Ms <= TARGET_P99_MS && r.cpuPercent <= TARGET_CPU_PERCENT ? 'met' : 'missed'];
  console.log(`| ${row.join(' | ')} |`);
}

import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { mettlerSics } from '../../drivers/mettler-sics.ts';
import { openInstrumentLink, type InstrumentLink, type InstrumentLinkOptions } from '../../drivers/transport/instrument-link.ts';
import { recordLink } from './helpers/link-recorder.ts';
import { waitFor } from './helpers/socat-pair.ts';

/** Starts a device server on loopback; the test writes to its connections by hand. */
async function startDeviceServer(port = 0) {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const stop = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { port: address.port, sockets, stop };
}

let link: InstrumentLink | undefined;
const cleanups: (() => Promise<void>)[] = [];

/** Starts a device server and a recorded SICS link to it, with fast retries. */
async function linkToNewServer(options: Partial<InstrumentLinkOptions> = {}) {
  const server = await startDeviceServer();
  cleanups.push(server.stop);
  const record = recordLink();
  link = openInstrumentLink({
    driver: mettlerSics,
    target: `tcp://127.0.0.1:${server.port}`,
    backoff: { initialMs: 20, maxMs: 100 },
    ...record,
    ...options,
  });
  return { server, record };
}

afterEach(async () => {
  link?.close();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('instrument link over TCP', () => {
  it('survives a cut mid-reading without loss or duplicates', async () => {
    const { server, record } = await linkToNewServer();
    await waitFor(() => server.sockets.length === 1, 'first connection');
    server.sockets[0]!.write('S S     1.0000 g\r\nS D   1.5');
    await waitFor(() => record.chunks.length > 0, 'first bytes');
    server.sockets[0]!.destroy();

    await waitFor(() => server.sockets.length === 2, 'reconnection');
    server.sockets[1]!.write('00 g\r\nS S     2.0000 g\r\nS S     3.0000 g\r\n');
    await waitFor(() => record.values().length === 3, 'three measurements');

    expect(record.values()).toEqual(['1.0000', '2.0000', '3.0000']);
    expect(record.cut().map(({ line }) => line.text)).toEqual(['S D   1.5']);
    expect(record.lines.some(({ line }) => line.text.includes('1.500'))).toBe(false);
    expect(record.states.map((state) => state.state)).toContain('down');
    expect(record.opened()).toBe(2);
  });

  it('numbers lines per connection', async () => {
    const { server, record } = await linkToNewServer();
    await waitFor(() => server.sockets.length === 1, 'first connection');
    server.sockets[0]!.end('S S 1.0 g\r\nS S 2.0 g\r\n');
    await waitFor(() => server.sockets.length === 2, 'reconnection');
    server.sockets[1]!.write('S S 3.0 g\r\n');
    await waitFor(() => record.values().length === 3, 'three measurements');

    const numbering = record.lines.map(({ line }) => [line.connection, line.sequence]);
    expect(numbering).toEqual([[1, 1], [1, 2], [2, 1]]);
  });

  it('reports chunks before their lines', async () => {
    const server = await startDeviceServer();
    cleanups.push(server.stop);
    const order: string[] = [];
    link = openInstrumentLink({
      driver: mettlerSics,
      target: `tcp://127.0.0.1:${server.port}`,
      onChunk: (chunk) => order.push(`chunk ${chunk.bytes.toString('latin1')}`),
      onLine: (_outcome, line) => order.push(`line ${line.text}`),
    });
    await waitFor(() => server.sockets.length === 1, 'connection');
    server.sockets[0]!.write('S S 1.0 g\r\n');
    await waitFor(() => order.length === 2, 'chunk and line');
    expect(order).toEqual(['chunk S S 1.0 g\r\n', 'line S S 1.0 g']);
  });

  it('retries a dead server with backoff', async () => {
    const probe = await startDeviceServer();
    const port = probe.port;
    await probe.stop();
    const record = recordLink();
    link = openInstrumentLink({
      driver: mettlerSics,
      target: `tcp://127.0.0.1:${port}`,
      backoff: { initialMs: 10, maxMs: 40 },
      ...record,
    });
    await waitFor(() => record.states.filter((state) => state.state === 'down').length >= 4, 'four failures');
    const delays = record.states.flatMap((state) => (state.state === 'down' ? [state.retryInMs] : []));
    expect(delays.slice(0, 4)).toEqual([10, 20, 40, 40]);

    const server = await startDeviceServer(port);
    cleanups.push(server.stop);
    await waitFor(() => record.opened() === 1, 'connection once the server is back');
    expect(record.states.at(-1)?.state).toBe('open');
  });

  it('reconnects after an idle timeout', async () => {
    const { server, record } = await linkToNewServer({ idleTimeoutMs: 100, backoff: { initialMs: 10, maxMs: 10 } });
    await waitFor(() => server.sockets.length === 2, 'reconnection after silence');

    const down = record.states.find((state) => state.state === 'down');
    expect(down).toMatchObject({ reason: 'no bytes received for 100 ms' });
  });

  it('rejects an invalid target', () => {
    expect(() => openInstrumentLink({ driver: mettlerSics, target: 'tcp://127.0.0.1' })).toThrow(/tcp:\/\/HOST:PORT/);
    expect(() => openInstrumentLink({ driver: mettlerSics, target: 'COM3' })).toThrow(/serial:\/dev\/PATH/);
  });
});

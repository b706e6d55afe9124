import { execFileSync } from 'node:child_process';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { mettlerSics } from '../../drivers/mettler-sics.ts';
import { toSerialPortOptions } from '../../drivers/transport/serial-options.ts';
import { openInstrumentLink, type InstrumentLink } from '../../drivers/transport/instrument-link.ts';
import { recordLink } from './helpers/link-recorder.ts';
import { openPtyPair, waitFor, type PtyPair } from './helpers/socat-pair.ts';

let link: InstrumentLink | undefined;
let pair: PtyPair | undefined;
const ports: SerialPort[] = [];

afterEach(async () => {
  link?.close();
  for (const port of ports.splice(0)) if (port.isOpen) port.close();
  await pair?.unplug();
});

async function openWriter(path: string): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate: 9600, autoOpen: false });
  port.on('error', () => {});
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  ports.push(port);
  return port;
}

describe('instrument link over a pseudo-terminal', () => {
  it('survives an unplugged port mid-reading', async () => {
    pair = await openPtyPair();
    const record = recordLink();
    link = openInstrumentLink({
      driver: mettlerSics,
      target: `serial:${pair.b}`,
      backoff: { initialMs: 20, maxMs: 200 },
      ...record,
    });
    await waitFor(() => record.opened() === 1, 'port open');
    const before = await openWriter(pair.a);
    before.write('S S     1.0000 g\r\nS S     2.0000 g\r\nS D   2.5');
    await waitFor(() => record.values().length === 2, 'two readings');
    await waitFor(() => record.chunks.map((c) => c.bytes.toString()).join('').endsWith('2.5'), 'half line');

    await pair.unplug();
    await waitFor(() => record.cut().length === 1, 'cut line reported');
    await pair.plug();
    await waitFor(() => record.opened() === 2, 'port reopened');
    const after = await openWriter(pair.a);
    after.write('000 g\r\nS S     3.0000 g\r\n');
    await waitFor(() => record.values().length === 3, 'third reading');

    expect(record.values()).toEqual(['1.0000', '2.0000', '3.0000']);
    expect(record.cut()[0]?.line.text).toBe('S D   2.5');
    expect(record.states.find((state) => state.state === 'down')).toBeDefined();
  });

  it('applies the framing settings to the port', async () => {
    pair = await openPtyPair();
    const record = recordLink();
    link = openInstrumentLink({
      driver: mettlerSics,
      target: pair.b,
      settings: { baudRate: 1200, dataBits: 7, parity: 'odd', stopBits: 2, flowControl: 'rtscts' },
      ...record,
    });
    await waitFor(() => record.opened() === 1, 'port open');
    link.close();
    await waitFor(() => record.states.at(-1)?.state === 'closed', 'port closed');

    const stty = execFileSync('stty', ['-F', pair.b, '-a'], { encoding: 'utf8' });
    // Linux pseudo-terminals force cs8 and -parenb, so data bits and parity
    // enable are checked on the serialport options instead; parodd survives.
    expect(stty).toMatch(/speed 1200 baud/);
    expect(stty).toMatch(/(^|\s)parodd(\s|$)/);
    expect(stty).toMatch(/(^|\s)cstopb(\s|$)/);
    expect(stty).toMatch(/(^|\s)crtscts(\s|$)/);
  });

  it('applies software flow control', async () => {
    pair = await openPtyPair();
    const record = recordLink();
    link = openInstrumentLink({ driver: mettlerSics, target: pair.b, settings: { flowControl: 'xonxoff' }, ...record });
    await waitFor(() => record.opened() === 1, 'port open');
    link.close();
    await waitFor(() => record.states.at(-1)?.state === 'closed', 'port closed');

    const stty = execFileSync('stty', ['-F', pair.b, '-a'], { encoding: 'utf8' });
    expect(stty).toMatch(/(^|\s)ixon(\s|$)/);
    expect(stty).toMatch(/(^|\s)ixoff(\s|$)/);
    expect(stty).toMatch(/(^|\s)-crtscts(\s|$)/);
  });
});

describe('toSerialPortOptions', () => {
  it('passes every framing setting through', () => {
    const options = toSerialPortOptions('/dev/ttyS0', {
      ...mettlerSics.serial,
      baudRate: 1200,
      dataBits: 7,
      parity: 'odd',
      stopBits: 2,
      flowControl: 'rtscts',
    });
    expect(options).toMatchObject({ path: '/dev/ttyS0', baudRate: 1200, dataBits: 7, parity: 'odd', stopBits: 2 });
    expect(options.rtscts).toBe(true);
    expect(options.xon).toBe(false);
    expect(options.xoff).toBe(false);
  });

  it('maps xonxoff to xon and xoff', () => {
    const options = toSerialPortOptions('/dev/ttyS0', { ...mettlerSics.serial, flowControl: 'xonxoff' });
    expect(options.xon).toBe(true);
    expect(options.xoff).toBe(true);
    expect(options.rtscts).toBe(false);
  });
});

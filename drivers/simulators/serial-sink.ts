import { SerialPort } from 'serialport';
import { LineFramer } from '../framing/line-framer.ts';
import { toSerialPortOptions } from '../transport/serial-options.ts';
import type { SerialSettings } from '../types.ts';
import type { SimulatorSink } from './sink-types.ts';

/** Opens one end of a serial line (e.g. a socat pseudo-terminal) and writes to it. */
export async function openSerialSink(
  path: string,
  settings: SerialSettings,
  onError: (error: Error) => void,
): Promise<SimulatorSink> {
  const port = new SerialPort(toSerialPortOptions(path, settings));
  port.on('error', onError);
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  const framer = new LineFramer({ encoding: 'latin1' });
  const reply = (bytes: string) => void port.write(bytes);
  return {
    send: (bytes) => void port.write(bytes),
    hasPeer: () => port.isOpen,
    onCommand: (handler) => {
      port.on('data', (chunk: Buffer) => {
        for (const line of framer.push(chunk)) handler(line.text, reply);
      });
    },
    close: () => closePort(port),
  };
}

function closePort(port: SerialPort): Promise<void> {
  if (!port.isOpen) return Promise.resolve();
  return new Promise((resolve) => port.close(() => resolve()));
}

import { SerialPort } from 'serialport';
import type { SerialSettings } from '../types.ts';
import { closeOnce, type Connector } from './connection.ts';
import { toSerialPortOptions } from './serial-options.ts';

/** Opens a local serial port with the given framing settings. */
export function serialConnector(path: string, settings: SerialSettings): Connector {
  return (handlers) =>
    new Promise((resolve, reject) => {
      const once = closeOnce(handlers);
      const port = new SerialPort(toSerialPortOptions(path, settings));
      port.open((error) => {
        if (error) {
          reject(error);
          return;
        }
        resolve({ write: (data) => port.write(data), close: () => closePort(port) });
      });
      port.on('data', once.onData);
      port.on('error', (error: Error) => once.onClose(error.message));
      port.on('close', (error?: Error & { disconnected?: boolean }) => {
        once.onClose(error?.disconnected ? 'the serial port was disconnected' : 'the serial port closed');
      });
    });
}

function closePort(port: SerialPort): void {
  if (port.isOpen) port.close();
}

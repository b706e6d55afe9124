import type { SerialPortOpenOptions } from 'serialport';
import type { AutoDetectTypes } from '@serialport/bindings-cpp';
import type { SerialSettings } from '../types.ts';

export type SerialPortOptions = SerialPortOpenOptions<AutoDetectTypes>;

/** Maps a driver's framing settings to serialport open options. */
export function toSerialPortOptions(path: string, settings: SerialSettings): SerialPortOptions {
  return {
    path,
    baudRate: settings.baudRate,
    dataBits: settings.dataBits,
    parity: settings.parity,
    stopBits: settings.stopBits,
    rtscts: settings.flowControl === 'rtscts',
    xon: settings.flowControl === 'xonxoff',
    xoff: settings.flowControl === 'xonxoff',
    autoOpen: false,
  };
}

import type { IsoDateTime } from './lhu-data.ts';

// WIB (Waktu Indonesia Barat), the laboratory's time zone, is UTC+7 all year
// because Indonesia keeps no daylight saving time.
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Formats an instant as "YYYY-MM-DD HH:MM WIB". */
export function formatWib(instant: IsoDateTime): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) {
    throw new RangeError(`invalid timestamp "${instant}": expected ISO 8601 with an offset`);
  }
  const shifted = new Date(time + WIB_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)} WIB`;
}

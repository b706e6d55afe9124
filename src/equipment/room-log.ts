import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import './tables.ts';

export type RoomQuantity = 'temperature' | 'humidity';

/** One temperature or humidity value of a room, from a connected thermo-hygrometer or posted by staff. */
export interface RoomReading {
  at: string;
  quantity: RoomQuantity;
  value: string;
  /** Identifies one sensor: `instrument:<id>:<channel>` or `posted`. */
  series: string;
  measurementId: number | null;
  roomReadingId: number | null;
}

const MONITOR_KIND = 'thermo-hygrometer';
const QUANTITIES: Record<string, RoomQuantity> = { temperature: 'temperature', 'relative humidity': 'humidity' };

/**
 * Loads the readings of a room between two moments (both included): the
 * temperature and humidity measurements of thermo-hygrometers located in
 * the room, and the readings staff posted for it. The location must match
 * exactly. Sorted by time.
 */
export async function loadRoomReadings(db: Kysely<Database>, location: string, from: string, to: string): Promise<RoomReading[]> {
  const measured = await db
    .selectFrom('measurements as m')
    .innerJoin('instruments as i', 'i.id', 'm.instrument_id')
    .select(['m.id', 'm.instrument_id', 'm.channel', 'm.quantity', 'm.value', 'm.received_at'])
    .where('i.location', '=', location)
    .where((eb) => eb.or([eb('i.kind', '=', MONITOR_KIND), eb('i.driver', '=', MONITOR_KIND)]))
    .where('m.quantity', 'in', Object.keys(QUANTITIES))
    .where('m.status', '=', 'ok')
    .where('m.value', 'is not', null)
    .where('m.received_at', '>=', from)
    .where('m.received_at', '<=', to)
    .execute();
  const posted = await db
    .selectFrom('room_readings')
    .selectAll()
    .where('location', '=', location)
    .where('measured_at', '>=', from)
    .where('measured_at', '<=', to)
    .execute();
  const readings: RoomReading[] = measured.map((m) => ({
    at: m.received_at,
    quantity: QUANTITIES[m.quantity]!,
    value: m.value!,
    series: `instrument:${m.instrument_id}:${m.channel ?? ''}`,
    measurementId: m.id,
    roomReadingId: null,
  }));
  for (const p of posted) {
    const base = { at: p.measured_at, series: 'posted', measurementId: null, roomReadingId: p.id };
    readings.push({ ...base, quantity: 'temperature', value: p.temperature_c });
    if (p.humidity_pct !== null) readings.push({ ...base, quantity: 'humidity', value: p.humidity_pct });
  }
  return readings.sort((a, b) => a.at.localeCompare(b.at));
}

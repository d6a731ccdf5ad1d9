import { GRID_MINUTES } from './availability.schema.js';

const CELL_MS = GRID_MINUTES * 60_000;

/**
 * The claim keys of an appointment's buffered interval: one per grid cell it touches, so two
 * appointments of one agent whose buffered intervals overlap share at least one key and the second
 * insert fails on the primary key (agent_id, claim_key), on SQLite and PostgreSQL alike.
 */
export function timeClaimKeys(props: {
  start: Date;
  end: Date;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}): string[] {
  const from = props.start.getTime() - props.bufferBeforeMinutes * 60_000;
  const to = props.end.getTime() + props.bufferAfterMinutes * 60_000;
  const keys: string[] = [];
  for (let cell = Math.floor(from / CELL_MS) * CELL_MS; cell < to; cell += CELL_MS) {
    keys.push(`t:${new Date(cell).toISOString()}`);
  }
  return keys;
}

/** The lowest free ordinal of the day under the maximum, or null when the day is full. */
export function nextDayClaim(date: string, maxPerDay: number, taken: readonly string[]): string | null {
  const used = new Set(taken);
  for (let n = 1; n <= maxPerDay; n += 1) {
    const key = `d:${date}:${n}`;
    if (!used.has(key)) return key;
  }
  return null;
}

import { DateTime } from 'luxon';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Minutes east of UTC as RFC 5545 writes them: `-0500`. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function offsetAt(zone: string, ms: number): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** The instants in [fromMs, toMs) where the zone's offset changes, found day by day and then to the minute. */
function transitions(zone: string, fromMs: number, toMs: number): number[] {
  const found: number[] = [];
  let previous = offsetAt(zone, fromMs);
  for (let dayStart = fromMs; dayStart < toMs; dayStart += DAY_MS) {
    const dayEnd = Math.min(dayStart + DAY_MS, toMs);
    const offset = offsetAt(zone, dayEnd);
    if (offset === previous) continue;
    // In whole minutes: offsets change on a minute boundary, and the first minute of the new one is the onset.
    let low = Math.floor(dayStart / 60_000);
    let high = Math.ceil(dayEnd / 60_000);
    while (high - low > 1) {
      const middle = low + Math.floor((high - low) / 2);
      if (offsetAt(zone, middle * 60_000) === previous) low = middle;
      else high = middle;
    }
    found.push(high * 60_000);
    previous = offset;
  }
  return found;
}

function observance(zone: string, onsetMs: number, fromOffset: number): string[] {
  const after = DateTime.fromMillis(onsetMs, { zone });
  // DTSTART is the onset in the local time that was in force just before it (RFC 5545 3.6.5).
  const localOnset = DateTime.fromMillis(onsetMs + fromOffset * 60_000, { zone: 'utc' });
  const kind = after.isInDST ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localOnset.toFormat("yyyyLLdd'T'HHmmss")}`,
    `TZOFFSETFROM:${utcOffset(fromOffset)}`,
    `TZOFFSETTO:${utcOffset(after.offset)}`,
    `TZNAME:${after.offsetNameShort ?? utcOffset(after.offset)}`,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for an IANA zone covering [from, to], written from the zone database Luxon reads:
 * the observance in force at `from`, then one per offset change inside the range. Explicit onsets
 * rather than RRULEs, so past and future rule changes of the zone come out right.
 */
export function vtimezone(zone: string, from: Date, to: Date): string {
  const fromMs = Math.floor(from.getTime() / DAY_MS) * DAY_MS - DAY_MS;
  const toMs = to.getTime() + DAY_MS;
  const initial = offsetAt(zone, fromMs);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...observance(zone, fromMs, initial)];
  let previous = initial;
  for (const onset of transitions(zone, fromMs, toMs)) {
    lines.push(...observance(zone, onset, previous));
    previous = offsetAt(zone, onset);
  }
  lines.push('END:VTIMEZONE');
  return `${lines.join('\r\n')}\r\n`;
}

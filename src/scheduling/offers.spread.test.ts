import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { MAX_PER_DAY, MIN_GAP_MS, pickSpread } from './offers.service.js';
import type { Slot } from './slots.js';

const GRID_MS = 5 * 60_000;
const BASE = Date.parse('2026-03-02T14:00:00.000Z');
const ZONES = ['America/Chicago', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'] as const;
const AGENTS = ['agent-a', 'agent-b', 'agent-c'] as const;

/** Free slots as availability would give them: on the 5-minute grid over two weeks, any agent, any length. */
const slotsArb = fc
  .array(
    fc.record({
      cell: fc.integer({ min: 0, max: (14 * 24 * 60) / 5 }),
      minutes: fc.constantFrom(15, 30, 45, 60, 90),
      agent: fc.constantFrom(...AGENTS),
    }),
    { maxLength: 80 },
  )
  .map((raw) =>
    raw.map(
      (r): Slot => ({
        start: new Date(BASE + r.cell * GRID_MS),
        end: new Date(BASE + r.cell * GRID_MS + r.minutes * 60_000),
        agentId: r.agent,
      }),
    ),
  );

/** Bunched availability: many slots packed into a few short windows, the case that once offered 15-minute gaps. */
const bunchedArb = fc
  .array(fc.record({ day: fc.integer({ min: 0, max: 3 }), hour: fc.integer({ min: 8, max: 18 }) }), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((windows) =>
    fc.constant(
      windows.flatMap(({ day, hour }) =>
        [0, 15, 30, 45, 60, 75].map(
          (m): Slot => ({
            start: new Date(BASE + ((day * 24 + hour) * 60 + m) * 60_000),
            end: new Date(BASE + ((day * 24 + hour) * 60 + m + 30) * 60_000),
            agentId: 'agent-a',
          }),
        ),
      ),
    ),
  );

function checkSpread(slots: Slot[], zone: string, count: number, ownerId: string | null): void {
  const offered = pickSpread(slots, { count, zone, ownerId });
  const starts = offered.map((o) => Date.parse(o.start));
  expect(offered.length).toBeLessThanOrEqual(count);
  // soonest first, each one a slot that was free, with its agent
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  for (const o of offered) {
    expect(slots.some((s) => s.start.getTime() === Date.parse(o.start) && s.agentId === o.agentId)).toBe(
      true,
    );
  }
  // any two at least two hours apart
  for (let i = 0; i < starts.length; i++)
    for (let j = i + 1; j < starts.length; j++)
      expect(Math.abs((starts[j] as number) - (starts[i] as number))).toBeGreaterThanOrEqual(MIN_GAP_MS);
  // at most two on one day in the lead's zone
  const days = new Map<string, number>();
  for (const o of offered) {
    const day = DateTime.fromISO(o.start, { setZone: true }).setZone(zone).toISODate() as string;
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  for (const n of days.values()) expect(n).toBeLessThanOrEqual(MAX_PER_DAY);
  // not too shy: when fewer than asked, no free slot could have been added without breaking a rule
  if (offered.length < count) {
    for (const s of slots) {
      const at = s.start.getTime();
      if (starts.includes(at)) continue;
      const day = DateTime.fromJSDate(s.start).setZone(zone).toISODate() as string;
      const fits = starts.every((x) => Math.abs(x - at) >= MIN_GAP_MS) && (days.get(day) ?? 0) < MAX_PER_DAY;
      expect(fits, `slot ${s.start.toISOString()} could have been offered`).toBe(false);
    }
  }
}

describe('spreading the offered slots', () => {
  it('never offers two times less than two hours apart, nor three on one day, over random availability', () => {
    fc.assert(
      fc.property(
        slotsArb,
        fc.constantFrom(...ZONES),
        fc.integer({ min: 1, max: 3 }),
        fc.option(fc.constantFrom(...AGENTS), { nil: null }),
        (slots, zone, count, owner) => checkSpread(slots, zone, count, owner),
      ),
      { numRuns: 300 },
    );
  });

  it('offers fewer rather than close together when the free time is bunched', () => {
    fc.assert(
      fc.property(bunchedArb, fc.constantFrom(...ZONES), (slots, zone) => checkSpread(slots, zone, 3, null)),
      { numRuns: 200 },
    );
    const hour = (h: number, m = 0): Slot => ({
      start: new Date(Date.UTC(2026, 2, 3, h, m)),
      end: new Date(Date.UTC(2026, 2, 3, h, m + 30)),
      agentId: 'agent-a',
    });
    const offered = pickSpread([hour(15), hour(15, 15), hour(15, 30), hour(16)], {
      zone: 'America/Chicago',
      ownerId: null,
    });
    expect(offered.map((o) => o.label)).toEqual(['Tue, Mar 3 at 9:00 AM CST']);
  });

  it('prefers the lead’s own agent at a time both agents are free', () => {
    const at = new Date('2026-03-03T15:00:00.000Z');
    const end = new Date('2026-03-03T16:00:00.000Z');
    const offered = pickSpread(
      [
        { start: at, end, agentId: 'agent-b' },
        { start: at, end, agentId: 'agent-a' },
      ],
      { zone: 'America/Chicago', ownerId: 'agent-a' },
    );
    expect(offered.map((o) => o.agentId)).toEqual(['agent-a']);
  });
});

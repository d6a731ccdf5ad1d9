import path from 'node:path';
import {
  type AppointmentState,
  appointmentsOf,
  type BookingSetup,
  type BookingWorld,
  leadTexts,
  openBookingWorld,
  stageOf,
  startLead,
} from './bookings.runner.js';
import { atLeast, pct, readJsonl } from './metrics.js';
import { formatPlayed, type PlayedReport, playedTotals, tallyBy } from './transcripts.js';

/**
 * Booking conversations, played against a real database and the real scheduling services (see
 * bookings.runner.ts): the assistant offers slots, the lead picks one, counters, refuses, moves or
 * cancels by text, and each is judged on the appointment left in the database.
 */
export type AppointmentOutcome = 'booked' | 'moved' | 'cancelled' | 'none';

export interface BookingConversation {
  name: string;
  /** When the lead came in (ISO-8601); each text follows a minute after the one before. */
  now: string;
  /** The lead's zone. */
  tz: string;
  agentTz?: string;
  /** The agent also works Saturdays 10:00–14:00. */
  saturdays?: boolean;
  type?: 'buyer_consultation' | 'listing_appointment';
  leadType?: 'buyer' | 'seller';
  turns: string[];
  split?: 'holdout';
  expected: {
    appointment: AppointmentOutcome;
    /** The appointment's final start, as an instant with any offset. */
    start?: string;
    stage?: string;
    replyIncludes?: string[];
    /** Some reply carries a booking-page link. */
    bookingLink?: boolean;
  };
}

export interface BookingResult {
  name: string;
  split: 'dev' | 'holdout';
  outcome: AppointmentOutcome;
  reached: boolean;
  problems: string[];
  transcript: string[];
}

export type BookingsReport = PlayedReport<BookingResult>;

export const BOOKING_TARGETS = { reached: 1, withinTwoSegments: 1 } as const;
export const DEFAULT_BOOKINGS = path.join(import.meta.dirname, 'bookings.jsonl');

const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];
const WEEKDAYS = {
  monday: NINE_TO_FIVE,
  tuesday: NINE_TO_FIVE,
  wednesday: NINE_TO_FIVE,
  thursday: NINE_TO_FIVE,
  friday: NINE_TO_FIVE,
};

export function loadBookings(file = DEFAULT_BOOKINGS): BookingConversation[] {
  return readJsonl<BookingConversation>(file);
}

function setupOf(item: BookingConversation): BookingSetup {
  const listing = item.type === 'listing_appointment';
  return {
    now: item.now,
    tz: item.tz,
    agent: {
      name: 'Maria Lopez',
      timezone: item.agentTz ?? 'America/Chicago',
      weekly: item.saturdays ? { ...WEEKDAYS, saturday: [{ start: '10:00', end: '14:00' }] } : WEEKDAYS,
    },
    appointmentType: listing
      ? { name: 'Listing appointment', kind: 'listing_appointment' }
      : { name: 'Buyer consultation', kind: 'buyer_consultation' },
    lead: { name: 'Lee Park', ...(item.leadType ? { leadType: item.leadType } : {}) },
  };
}

/** What happened to the lead's appointments: the first start seen for each, and where they ended. */
function outcomeOf(firstStarts: Map<string, string>, rows: AppointmentState[]): AppointmentOutcome {
  const last = rows.at(-1);
  if (!last) return 'none';
  if (last.status === 'cancelled') return 'cancelled';
  return firstStarts.get(last.id) !== last.startAt ? 'moved' : 'booked';
}

export async function playBooking(world: BookingWorld, item: BookingConversation): Promise<BookingResult> {
  const lead = await startLead(world, setupOf(item));
  const start = Date.parse(item.now);
  const replies: string[] = [];
  const transcript: string[] = [];
  const firstStarts = new Map<string, string>();
  for (const [i, body] of item.turns.entries()) {
    world.clock.set(new Date(start + (i + 1) * 60_000));
    transcript.push(`lead: ${body}`);
    for (const reply of await leadTexts(world, lead, body)) {
      replies.push(reply);
      transcript.push(`assistant: ${reply}`);
    }
    for (const row of await appointmentsOf(world, lead))
      if (!firstStarts.has(row.id)) firstStarts.set(row.id, row.startAt);
  }
  const rows = await appointmentsOf(world, lead);
  const outcome = outcomeOf(firstStarts, rows);
  const { expected } = item;
  const problems: string[] = [];
  if (outcome !== expected.appointment)
    problems.push(`appointment ${outcome}, expected ${expected.appointment}`);
  if (rows.length > 1) problems.push(`${rows.length} appointments, expected at most one`);
  const last = rows.at(-1);
  if (expected.start && (!last || Date.parse(last.startAt) !== Date.parse(expected.start)))
    problems.push(`starts ${last?.startAt ?? 'nowhere'}, expected ${expected.start}`);
  if (expected.stage) {
    const stage = await stageOf(world, lead);
    if (stage !== expected.stage) problems.push(`stage ${stage}, expected ${expected.stage}`);
  }
  for (const text of expected.replyIncludes ?? [])
    if (!replies.some((r) => r.includes(text))) problems.push(`no reply says "${text}"`);
  if (expected.bookingLink && !replies.some((r) => /\/b\/[\w-]+/.test(r)))
    problems.push('no reply carries a booking link');
  return {
    name: item.name,
    split: item.split ?? 'dev',
    outcome: expected.appointment,
    reached: problems.length === 0,
    problems,
    transcript,
  };
}

export async function scoreBookings(
  corpus: BookingConversation[] = loadBookings(),
  file = DEFAULT_BOOKINGS,
): Promise<BookingsReport> {
  const world = await openBookingWorld();
  const results: BookingResult[] = [];
  try {
    for (const item of corpus) results.push(await playBooking(world, item));
  } finally {
    await world.close();
  }
  const totals = playedTotals(results);
  return {
    corpus: path.relative(process.cwd(), file),
    conversations: totals.conversations,
    reached: totals.reached,
    share: totals.share,
    byOutcome: tallyBy(results, (r) => r.outcome),
    replies: totals.replies,
    withinTwoSegments: totals.withinTwoSegments,
    targets: [
      atLeast(
        'booking conversations reaching the expected appointment',
        totals.share,
        BOOKING_TARGETS.reached,
      ),
      atLeast('booking replies within two segments', totals.segmentShare, BOOKING_TARGETS.withinTwoSegments),
    ],
    failures: results.filter((r) => !r.reached),
  };
}

export function formatBookings(report: BookingsReport): string {
  return formatPlayed(
    `Booking conversations (${report.corpus}, real database and scheduling): ${report.reached}/${report.conversations} leave the expected appointment (${pct(report.share)})`,
    report,
  );
}

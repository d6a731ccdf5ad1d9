import path from 'node:path';
import type { CreateListingInput } from '../src/conversations/knowledge/knowledge.schema.js';
import { fromJson } from '../src/db/schema.js';
import {
  type AppointmentState,
  appointmentsOf,
  type BookingSetup,
  type BookingWorld,
  leadTexts,
  openBookingWorld,
  outbound,
  type PlayedLead,
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
  /** The appointment types the agent takes, in place of `type` (e.g. a showing and a listing consultation). */
  types?: ('buyer_consultation' | 'listing_appointment' | 'showing')[];
  leadType?: 'buyer' | 'seller' | 'renter';
  /** The inquiry's message, the home it was about, and where it came from. */
  message?: string;
  property?: { address?: string; mlsNumber?: string };
  channel?: 'form' | 'api' | 'text';
  /** The knowledge base: listings (with their open houses). */
  listings?: CreateListingInput[];
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
    /** No reply contains any of these. */
    replyExcludes?: string[];
    /** The assistant handed the lead to the agent for this reason (and paused). */
    handoff?: string;
    /** Words the agent's handoff summary contains. */
    handoffIncludes?: string[];
    /** Facts the lead's profile holds at the end. */
    profile?: Record<string, unknown>;
    /** Notifications the team got, by kind. */
    notified?: string[];
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

const TYPE_NAMES = {
  buyer_consultation: 'Buyer consultation',
  listing_appointment: 'Listing consultation',
  showing: 'Showing',
} as const;

function setupOf(item: BookingConversation): BookingSetup {
  const listing = item.type === 'listing_appointment';
  const [first, ...more] = (item.types ?? []).map((kind) => ({ name: TYPE_NAMES[kind], kind }));
  return {
    now: item.now,
    tz: item.tz,
    agent: {
      name: 'Maria Lopez',
      timezone: item.agentTz ?? 'America/Chicago',
      weekly: item.saturdays ? { ...WEEKDAYS, saturday: [{ start: '10:00', end: '14:00' }] } : WEEKDAYS,
    },
    appointmentType:
      first ??
      (listing
        ? { name: 'Listing appointment', kind: 'listing_appointment' }
        : { name: 'Buyer consultation', kind: 'buyer_consultation' }),
    moreAppointmentTypes: more,
    ...(item.listings ? { listings: item.listings } : {}),
    lead: {
      name: 'Lee Park',
      ...(item.leadType ? { leadType: item.leadType } : {}),
      ...(item.message ? { message: item.message } : {}),
      ...(item.property ? { property: item.property } : {}),
      ...(item.channel ? { channel: item.channel } : {}),
    },
  };
}

/** What the team was told, the conversation's pause and the lead's profile at the end. */
async function leadState(world: BookingWorld, lead: PlayedLead) {
  const [notes, conversation, row] = await Promise.all([
    world.ctx.db
      .selectFrom('notifications')
      .select(['kind', 'body'])
      .where('workspaceId', '=', lead.workspaceId)
      .where('leadId', '=', lead.leadId)
      .execute(),
    world.ctx.db
      .selectFrom('conversations')
      .select(['assistantPaused', 'pausedReason'])
      .where('workspaceId', '=', lead.workspaceId)
      .where('leadId', '=', lead.leadId)
      .executeTakeFirst(),
    world.ctx.db
      .selectFrom('leads')
      .select('profile')
      .where('workspaceId', '=', lead.workspaceId)
      .where('id', '=', lead.leadId)
      .executeTakeFirstOrThrow(),
  ]);
  const profile = fromJson<Record<string, unknown> | null>(row.profile) ?? {};
  return { notes, conversation, profile };
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
  // The first response and the texts right after it, before the lead writes (a time the inquiry asked
  // for, booked or answered with the nearest times), are replies to the inquiry like any other.
  for (const reply of await outbound(world, lead)) {
    replies.push(reply);
    transcript.push(`assistant: ${reply}`);
  }
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
  for (const text of expected.replyExcludes ?? [])
    if (replies.some((r) => r.toLowerCase().includes(text.toLowerCase())))
      problems.push(`a reply says "${text}"`);
  // Always: the assistant never sends the same text twice in a row.
  for (const [i, reply] of replies.entries())
    if (i > 0 && reply === replies[i - 1])
      problems.push(`the same text twice in a row: "${reply.slice(0, 60)}"`);
  if (expected.handoff || expected.handoffIncludes || expected.profile || expected.notified) {
    const state = await leadState(world, lead);
    if (expected.handoff && state.conversation?.pausedReason !== `handoff:${expected.handoff}`)
      problems.push(
        `paused as ${state.conversation?.pausedReason ?? 'nothing'}, expected handoff:${expected.handoff}`,
      );
    const summary = state.notes
      .filter((n) => n.kind === 'handoff')
      .map((n) => n.body)
      .join('\n');
    for (const words of expected.handoffIncludes ?? [])
      if (!summary.toLowerCase().includes(words.toLowerCase()))
        problems.push(`no handoff summary says "${words}"`);
    for (const [field, value] of Object.entries(expected.profile ?? {}))
      if (JSON.stringify(state.profile[field]) !== JSON.stringify(value))
        problems.push(
          `profile ${field} is ${JSON.stringify(state.profile[field])}, expected ${JSON.stringify(value)}`,
        );
    for (const kind of expected.notified ?? [])
      if (!state.notes.some((n) => n.kind === kind)) problems.push(`the team got no ${kind} notification`);
  }
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

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Slot } from '../src/conversations/engine.types.js';
import { createFaqBody, createListingBody } from '../src/conversations/knowledge/knowledge.schema.js';
import { createFaq, createListing } from '../src/conversations/knowledge/knowledge.service.js';
import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { factsOf, readProfile } from '../src/conversations/profile.js';
import { jobDefinitions, recurringJobs } from '../src/jobs/catalog.js';
import { enqueueDueOccurrences } from '../src/jobs/jobs.cron.js';
import { drainJobs } from '../src/jobs/jobs.drain.js';
import { loadLeadForm, submitLeadForm } from '../src/leads/lead-form.service.js';
import { sendAgentMessage } from '../src/leads/lead-messages.service.js';
import { createLeadBody } from '../src/leads/leads.schema.js';
import { createLead } from '../src/leads/leads.service.js';
import { simulateInboundText } from '../src/messaging/sandbox.service.js';
import { MINUTE } from '../src/platform/clock.js';
import { createAppointmentType } from '../src/scheduling/appointment-types.service.js';
import type { AvailabilityInput } from '../src/scheduling/availability.schema.js';
import { setAvailability } from '../src/scheduling/availability.service.js';
import { createUser } from '../src/workspaces/users.service.js';
import { createWorkspace } from '../src/workspaces/workspaces.service.js';
import { type BookingWorld, openBookingWorld } from './bookings.runner.js';

/**
 * One scripted lead journey (eval/journeys*.jsonl, format in docs/conversations.md) played through the
 * product's own paths over the bookings world's real SQLite database: a fresh "Hill Country Homes"
 * workspace per journey, the lead arriving by the form, the API or a text, the lead's texts through the
 * sandbox inbound path, the agent's through the dashboard's manual reply service, and every job run at
 * the time it comes due while the manual clock walks from one event to the next.
 */

export type HoursPreset = 'weekdays' | 'weekdays_and_saturday' | 'every_day';
export type JourneyOutcome = 'booked' | 'handed_off' | 'qualified' | 'engaged' | 'opted_out' | 'answered';
export type JourneySlot = Exclude<Slot, 'requestedTime'>;

export interface JourneyTurn {
  lead?: string;
  agent?: string;
  /** Minutes after the previous event (default 2; the first text of a lead who texts first: 0). */
  after?: number;
}

export interface JourneyExpected {
  outcome: JourneyOutcome;
  appointment?: { kind: 'showing' | 'listing_appointment'; start?: string };
  handoffIncludes?: string[];
  firstReplyIncludes?: string[];
  firstReplyExcludes?: string[];
  replyIncludes?: string[];
  replyExcludes?: string[];
  neverAsks?: JourneySlot[];
  profile?: Record<string, unknown>;
  maxAssistantTexts?: number;
  replyWithinMinutes?: number;
  agentReplyWithinMinutes?: number;
  agentTold?: boolean;
}

export interface Journey {
  name: string;
  category?: string;
  now: string;
  tz: string;
  workspace?: { hours?: HoursPreset };
  lead: {
    firstName: string | null;
    phoneState?: string;
    source: 'form' | 'api' | 'text';
    message: string | null;
    leadType?: 'buyer' | 'seller' | 'renter';
    property?: { address?: string };
  };
  turns: JourneyTurn[];
  /**
   * In a tuned file: `pending` marks a journey that waits for a feature the product lacks (`pendingOn`
   * names it); it is played and reported, and does not gate.
   */
  split?: 'pending';
  pendingOn?: string;
  expected: JourneyExpected;
}

/** A text the workspace wrote to the lead. `sentAt` is null while it is held or when it was blocked. */
export interface OutboundText {
  id: string;
  author: 'assistant' | 'system' | 'agent';
  kind: string;
  body: string;
  status: string;
  writtenAt: string;
  sentAt: string | null;
  /** The gate deferred it when it was written (quiet hours, a cap). */
  held: boolean;
  gateReason: string | null;
  /** The lead's confident facts when it was written: all it may state of theirs. */
  known: ReturnType<typeof factsOf>;
}

export interface TimedText {
  at: string;
  body: string;
}

export interface PlayedJourney {
  journey: Journey;
  workspaceId: string;
  leadId: string;
  phone: string;
  leadTexts: TimedText[];
  /** Each agent text as it was written in the dashboard, with the message it became. */
  agentTexts: (TimedText & { messageId: string })[];
  outbound: OutboundText[];
  stage: string;
  paused: boolean;
  pausedReason: string | null;
  appointments: { id: string; status: string; startAt: string; kind: string }[];
  /** The stored profile, facts and memos alike. */
  profile: Record<string, unknown>;
  notifications: { kind: string; subject: string; body: string; at: string }[];
  /** Slots the engine recorded asking, turn by turn. */
  askedSlots: JourneySlot[];
  /** What each turn answered from: listing, faq, assistant, confirm. */
  answerSources: string[];
  handoffReasons: string[];
  /** Wall-clock milliseconds the journey took to play. */
  ms: number;
}

export const KNOWLEDGE_FILE = path.join(import.meta.dirname, 'knowledge.json');
export const loadKnowledge = (): KnowledgeFacts =>
  JSON.parse(readFileSync(KNOWLEDGE_FILE, 'utf8')) as KnowledgeFacts;

const WORKSPACE_ZONE = 'America/Chicago';
const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

export function weeklyHours(preset: HoursPreset = 'weekdays'): AvailabilityInput['weekly'] {
  const weekly: AvailabilityInput['weekly'] = Object.fromEntries(WEEKDAYS.map((d) => [d, NINE_TO_FIVE]));
  if (preset === 'weekdays_and_saturday') weekly.saturday = [{ start: '10:00', end: '14:00' }];
  if (preset === 'every_day') {
    weekly.saturday = NINE_TO_FIVE;
    weekly.sunday = NINE_TO_FIVE;
  }
  return weekly;
}

/** One real area code per state: the gate reads the state (caps, quiet hours) from it. */
export const AREA_CODES: Readonly<Record<string, string>> = {
  AL: '205',
  AK: '907',
  AZ: '602',
  AR: '501',
  CA: '415',
  CO: '303',
  CT: '203',
  DC: '202',
  DE: '302',
  FL: '305',
  GA: '404',
  HI: '808',
  ID: '208',
  IL: '312',
  IN: '317',
  IA: '515',
  KS: '316',
  KY: '502',
  LA: '504',
  ME: '207',
  MD: '410',
  MA: '617',
  MI: '313',
  MN: '612',
  MS: '601',
  MO: '314',
  MT: '406',
  NE: '402',
  NV: '702',
  NH: '603',
  NJ: '201',
  NM: '505',
  NY: '212',
  NC: '704',
  ND: '701',
  OH: '614',
  OK: '405',
  OR: '503',
  PA: '215',
  RI: '401',
  SC: '803',
  SD: '605',
  TN: '615',
  TX: '512',
  UT: '801',
  VT: '802',
  VA: '804',
  WA: '206',
  WV: '304',
  WI: '414',
  WY: '307',
};

let sequence = 0;

export function phoneFor(state = 'TX'): string {
  const area = AREA_CODES[state.toUpperCase()];
  if (!area) throw new Error(`no area code for state ${state}`);
  sequence += 1;
  return `+1${area}555${String(1000 + (sequence % 9000)).padStart(4, '0')}`;
}

export async function openJourneyWorld(): Promise<BookingWorld> {
  return openBookingWorld();
}

interface Workspace {
  workspaceId: string;
  slug: string;
}

async function setUpWorkspace(world: BookingWorld, journey: Journey, knowledge: KnowledgeFacts) {
  const { ctx } = world;
  const workspace = await createWorkspace(ctx, { name: 'Hill Country Homes', timezone: WORKSPACE_ZONE });
  const agent = await createUser(ctx, {
    workspaceId: workspace.id,
    email: `maria-${workspace.id.slice(-8).toLowerCase()}@hillcountryhomes.example`,
    name: 'Maria Lopez',
    role: 'agent',
    password: 'journey-eval-password-long-enough',
    timezone: WORKSPACE_ZONE,
  });
  await setAvailability(ctx, {
    workspaceId: workspace.id,
    agentId: agent.id,
    availability: { weekly: weeklyHours(journey.workspace?.hours), minimumNoticeMinutes: 120 },
  });
  const types = [
    { name: 'Showing', kind: 'showing', locationKind: 'property', locationText: null },
    {
      name: 'Listing consultation',
      kind: 'listing_appointment',
      locationKind: 'office',
      locationText: '100 Congress Ave, Austin, TX',
    },
  ] as const;
  for (const type of types)
    await createAppointmentType(ctx, {
      workspaceId: workspace.id,
      body: {
        ...type,
        durationMinutes: 60,
        slotStepMinutes: 30,
        agents: [{ agentId: agent.id, weight: 1 }],
      },
    });
  for (const { id: _id, ...listing } of knowledge.listings)
    await createListing(ctx, {
      workspaceId: workspace.id,
      body: createListingBody.parse({ ...listing, timeZone: listing.timeZone ?? knowledge.zone }),
    });
  for (const { id: _id, ...faq } of knowledge.faqs)
    await createFaq(ctx, { workspaceId: workspace.id, body: createFaqBody.parse(faq) });
  return { workspaceId: workspace.id, slug: workspace.slug } satisfies Workspace;
}

const CONSENT_TEXT =
  'By checking this box, I agree to receive text messages from Hill Country Homes about my inquiry. Reply STOP to opt out.';

/** The lead arrives by its source; a lead who texts first arrives with that first text. */
async function arrive(world: BookingWorld, journey: Journey, ws: Workspace, phone: string) {
  const { ctx } = world;
  const { lead } = journey;
  const name = lead.firstName ?? undefined;
  if (lead.source === 'form') {
    const form = await loadLeadForm(ctx, ws.slug);
    const outcome = await submitLeadForm(ctx, {
      form,
      body: {
        name,
        phone,
        message: lead.message ?? undefined,
        sms_consent: 'on',
        disclosure_version: form.disclosure.version,
      },
      source: 'website-form',
      ip: '203.0.113.9',
      userAgent: 'journey-eval',
      referer: 'https://hillcountryhomes.example/contact',
    });
    if (outcome.kind !== 'received') throw new Error('the form dropped the lead');
    return outcome.lead.leadId;
  }
  if (lead.source === 'api') {
    const received = await createLead(ctx, {
      workspaceId: ws.workspaceId,
      body: createLeadBody.parse({
        name,
        phone,
        source: 'crm',
        message: lead.message ?? undefined,
        leadType: lead.leadType,
        property: lead.property?.address ? { address: lead.property.address } : undefined,
        timezone: journey.tz,
        consent: { sms: true, disclosure: CONSENT_TEXT, capturedAt: ctx.clock.now().toISOString() },
      }),
    });
    return received.leadId;
  }
  return null;
}

/** The form and a first text cannot say where the lead is: the journey's zone goes on the contact. */
async function placeLead(world: BookingWorld, journey: Journey, ws: Workspace, leadId: string) {
  const lead = await world.ctx.db
    .selectFrom('leads')
    .select('contactId')
    .where('workspaceId', '=', ws.workspaceId)
    .where('id', '=', leadId)
    .executeTakeFirstOrThrow();
  await world.ctx.db
    .updateTable('contacts')
    .set({ timezone: journey.tz })
    .where('workspaceId', '=', ws.workspaceId)
    .where('id', '=', lead.contactId)
    .execute();
}

/** The longest the clock moves at once, so a recurring schedule gets each of its occurrences. */
const MAX_STEP = 30 * MINUTE;

/**
 * Moves the clock to `until`, stopping at each job of this workspace that comes due on the way (and at
 * least every MAX_STEP), and runs what is due at each stop: follow-ups, held texts and reminders go at
 * their own time, not all at the end.
 */
async function runUntil(
  world: BookingWorld,
  workspaceId: string,
  until: number,
  onStep: () => Promise<void>,
) {
  const { ctx, clock } = world;
  const seen = new Map<string, number>();
  for (;;) {
    const now = clock.now().getTime();
    await enqueueDueOccurrences(ctx.db, recurringJobs, clock, seen);
    await drainJobs(ctx, jobDefinitions);
    await onStep();
    if (now >= until) return;
    const next = await ctx.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.min('runAt').as('at'))
      .where('status', '=', 'ready')
      .where('workspaceId', '=', workspaceId)
      .where('runAt', '>', new Date(now).toISOString())
      .executeTakeFirst();
    const due = next?.at ? Date.parse(String(next.at)) : Number.POSITIVE_INFINITY;
    clock.set(new Date(Math.min(until, due, now + MAX_STEP)));
  }
}

/** After the last event, time runs on until every text written has gone out, for at most a day. */
const SETTLE_LIMIT = 24 * 60 * MINUTE;

export async function playJourney(
  world: BookingWorld,
  journey: Journey,
  knowledge: KnowledgeFacts = loadKnowledge(),
): Promise<PlayedJourney> {
  const started = performance.now();
  const { ctx, clock } = world;
  clock.set(journey.now);
  const ws = await setUpWorkspace(world, journey, knowledge);
  const phone = phoneFor(journey.lead.phoneState);
  let leadId = await arrive(world, journey, ws, phone);
  if (leadId && journey.lead.source === 'form') await placeLead(world, journey, ws, leadId);
  const leadTexts: TimedText[] = [];
  const agentTexts: PlayedJourney['agentTexts'] = [];
  const known = new Map<string, OutboundText['known']>();
  const snapshot = async () => {
    if (!leadId) return;
    const id = leadId;
    const lead = await ctx.db
      .selectFrom('leads')
      .select('profile')
      .where('workspaceId', '=', ws.workspaceId)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const facts = factsOf(readProfile(lead.profile));
    const written = await ctx.db
      .selectFrom('messages')
      .select('id')
      .where('workspaceId', '=', ws.workspaceId)
      .where('leadId', '=', id)
      .where('direction', '=', 'outbound')
      .execute();
    for (const row of written) if (!known.has(row.id)) known.set(row.id, facts);
  };
  await runUntil(world, ws.workspaceId, clock.now().getTime(), snapshot);

  for (const [index, turn] of journey.turns.entries()) {
    const firstText = index === 0 && journey.lead.source === 'text';
    const after = turn.after ?? (firstText ? 0 : 2);
    await runUntil(world, ws.workspaceId, clock.now().getTime() + after * MINUTE, snapshot);
    const at = clock.now().toISOString();
    if (turn.lead !== undefined) {
      const inbound = await simulateInboundText(ctx, {
        workspaceId: ws.workspaceId,
        from: phone,
        body: turn.lead,
      });
      leadTexts.push({ at, body: turn.lead });
      if (!leadId) {
        leadId = inbound.leadId;
        await placeLead(world, journey, ws, leadId);
      }
    } else if (turn.agent !== undefined) {
      if (!leadId) throw new Error(`${journey.name}: the agent cannot write before the lead exists`);
      const message = await sendAgentMessage(ctx, { workspaceId: ws.workspaceId, leadId, body: turn.agent });
      agentTexts.push({ at, body: turn.agent, messageId: message.id });
    } else throw new Error(`${journey.name}: turn ${index + 1} is neither the lead's nor the agent's`);
    await runUntil(world, ws.workspaceId, clock.now().getTime(), snapshot);
  }
  if (!leadId) throw new Error(`${journey.name}: the lead never arrived`);
  const played = leadId;

  const end = clock.now().getTime() + SETTLE_LIMIT;
  while (clock.now().getTime() < end && (await waiting(world, ws.workspaceId, played))) {
    const next = await nextSend(world, ws.workspaceId, played);
    await runUntil(world, ws.workspaceId, Math.min(end, next ?? end), snapshot);
  }
  const result = await collect(world, ws.workspaceId, played, known);
  await forgetJobs(world, ws.workspaceId);
  return {
    journey,
    workspaceId: ws.workspaceId,
    leadId: played,
    phone,
    leadTexts,
    agentTexts,
    ...result,
    ms: performance.now() - started,
  };
}

const UNSENT = ['queued', 'sending', 'deferred'] as const;

async function waiting(world: BookingWorld, workspaceId: string, leadId: string): Promise<boolean> {
  const row = await world.ctx.db
    .selectFrom('messages')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .where('direction', '=', 'outbound')
    .where('status', 'in', UNSENT)
    .executeTakeFirst();
  return row !== undefined;
}

/** When the earliest held text of the lead is due to go, if it says. */
async function nextSend(world: BookingWorld, workspaceId: string, leadId: string): Promise<number | null> {
  const row = await world.ctx.db
    .selectFrom('messages')
    .select((eb) => eb.fn.min('sendAfter').as('at'))
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .where('direction', '=', 'outbound')
    .where('status', 'in', UNSENT)
    .executeTakeFirst();
  return row?.at ? Date.parse(String(row.at)) : null;
}

/** A finished journey's remaining jobs would otherwise run on the next journey's clock. */
async function forgetJobs(world: BookingWorld, workspaceId: string): Promise<void> {
  await world.ctx.db
    .deleteFrom('jobs')
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'ready')
    .execute();
}

async function collect(
  world: BookingWorld,
  workspaceId: string,
  leadId: string,
  known: Map<string, OutboundText['known']>,
) {
  const { db } = world.ctx;
  const lead = await db
    .selectFrom('leads')
    .select(['stage', 'profile'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', leadId)
    .executeTakeFirstOrThrow();
  const conversation = await db
    .selectFrom('conversations')
    .select(['assistantPaused', 'pausedReason'])
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  const messages = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .where('direction', '=', 'outbound')
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
  const outbound: OutboundText[] = messages.map((m) => ({
    id: m.id,
    author: m.author === 'lead' ? 'system' : m.author,
    kind: m.kind,
    body: m.body,
    status: m.status,
    writtenAt: m.createdAt,
    sentAt: m.sentAt,
    held: m.sendAfter !== null || m.status === 'deferred',
    gateReason: m.gateReason,
    known: known.get(m.id) ?? {},
  }));
  const appointments = await db
    .selectFrom('appointments')
    .innerJoin('appointmentTypes', 'appointmentTypes.id', 'appointments.appointmentTypeId')
    .select(['appointments.id', 'appointments.status', 'appointments.startAt', 'appointmentTypes.kind'])
    .where('appointments.workspaceId', '=', workspaceId)
    .where('appointments.leadId', '=', leadId)
    .orderBy('appointments.createdAt')
    .execute();
  const notifications = await db
    .selectFrom('notifications')
    .select(['kind', 'subject', 'body', 'createdAt'])
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('createdAt')
    .execute();
  const turns = await db
    .selectFrom('conversationTurns')
    .select(['askedSlot', 'answerSource', 'handoffReason'])
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('createdAt')
    .execute();
  return {
    outbound,
    stage: lead.stage,
    paused: conversation?.assistantPaused === 1,
    pausedReason: conversation?.pausedReason ?? null,
    appointments,
    profile: readProfile(lead.profile) as Record<string, unknown>,
    notifications: notifications.map((n) => ({
      kind: n.kind,
      subject: n.subject,
      body: n.body,
      at: n.createdAt,
    })),
    askedSlots: turns.flatMap((t) => (t.askedSlot && t.askedSlot !== 'requestedTime' ? [t.askedSlot] : [])),
    answerSources: turns.flatMap((t) => (t.answerSource ? [t.answerSource] : [])),
    handoffReasons: turns.flatMap((t) => (t.handoffReason ? [t.handoffReason] : [])),
  };
}

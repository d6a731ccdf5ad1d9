import type { KnowledgeFacts } from '../src/conversations/knowledge/knowledge.types.js';
import { factsOf, readProfile } from '../src/conversations/profile.js';
import { jobDefinitions, recurringJobs } from '../src/jobs/catalog.js';
import { enqueueDueOccurrences } from '../src/jobs/jobs.cron.js';
import { drainJobs } from '../src/jobs/jobs.drain.js';
import { sendAgentText } from '../src/leads/lead-messages.service.js';
import { simulateInboundText } from '../src/messaging/sandbox.service.js';
import { MINUTE } from '../src/platform/clock.js';
import type { BookingWorld } from './bookings.runner.js';
import type { Journey, OutboundText, PlayedJourney, TimedText } from './journeys.types.js';
import { arrive, loadKnowledge, phoneFor, placeLead, setUpWorkspace } from './journeys.world.js';

export type * from './journeys.types.js';
export { loadKnowledge, openJourneyWorld } from './journeys.world.js';

/**
 * One scripted lead journey (eval/journeys*.jsonl, format in docs/conversations.md) played through the
 * product's own paths over the bookings world's real SQLite database (eval/journeys.world.ts): the
 * lead's texts through the sandbox inbound path, the agent's through the dashboard's manual reply
 * service, and every job run at the time it comes due while the manual clock walks from one event to the
 * next.
 */

/** The longest the clock moves at once, so a recurring schedule gets each of its occurrences. */
const MAX_STEP = 60 * MINUTE;

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

/**
 * Texts sent together ("after": 0 between two of the lead's): the later one reaches us before any
 * worker has taken the earlier one's turn, so no job runs between them.
 */
function sentWithPrevious(turns: Journey['turns'], index: number): boolean {
  const turn = turns[index];
  return index > 0 && turn?.lead !== undefined && turn.after === 0 && turns[index - 1]?.lead !== undefined;
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
    if (!sentWithPrevious(journey.turns, index))
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
      // The dashboard's reply box, as Maria signed in.
      const by = {
        type: 'user',
        userId: ws.agentId,
        role: 'agent',
        isOperator: false,
        sessionId: 'journey',
      } as const;
      const sent = await sendAgentText(ctx, { workspaceId: ws.workspaceId, leadId, body: turn.agent, by });
      agentTexts.push({ at, body: turn.agent, messageId: sent.row.id });
    } else throw new Error(`${journey.name}: turn ${index + 1} is neither the lead's nor the agent's`);
    if (sentWithPrevious(journey.turns, index + 1)) continue;
    await runUntil(world, ws.workspaceId, clock.now().getTime(), snapshot);
  }
  if (!leadId) throw new Error(`${journey.name}: the lead never arrived`);
  const played = leadId;

  const end = clock.now().getTime() + SETTLE_LIMIT;
  while (clock.now().getTime() < end && (await waiting(world, ws.workspaceId, played))) {
    const next = await nextSend(world, ws.workspaceId, played);
    const now = clock.now().getTime();
    await runUntil(world, ws.workspaceId, Math.min(end, Math.max(next ?? end, now + MINUTE)), snapshot);
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

/** Statuses of a text that has not gone yet and still may. */
export const UNSENT = ['queued', 'sending', 'deferred'] as const;

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
    askedSlots: turns.flatMap((t) => (t.askedSlot ? [t.askedSlot] : [])),
    answerSources: turns.flatMap((t) => (t.answerSource ? [t.answerSource] : [])),
    handoffReasons: turns.flatMap((t) => (t.handoffReason ? [t.handoffReason] : [])),
  };
}

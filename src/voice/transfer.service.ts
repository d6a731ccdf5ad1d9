import { DateTime } from 'luxon';
import type { ProfileField } from '../conversations/engine.types.js';
import { factFragment } from '../conversations/fact-phrases.js';
import { readProfile } from '../conversations/profile.js';
import { describeProfile } from '../conversations/summary.js';
import type { AppContext } from '../http/context.js';
import { findContact, findLead } from '../leads/leads.repository.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import type { Availability } from '../scheduling/availability.schema.js';
import { getAvailability } from '../scheduling/availability.service.js';
import { findUser } from '../workspaces/users.repository.js';
import { recordTransferAttempt } from './call-attempts.repository.js';
import { closeCall } from './calls.service.js';
import type { CallRow, TransferAttempt } from './calls.table.js';
import { type SpokenLanguage, speakable } from './speech.js';
import { loadVoiceSettings } from './voice.settings.js';

/** Whom a caller asking for a person is put through to, or why nobody is. */
export type TransferPlan =
  | { kind: 'dial'; to: string; agentId: string | null; agentName: string | null; ringSeconds: number }
  | { kind: 'unavailable'; reason: 'outside_hours'; agentId: string | null; agentName: string | null };

const WEEKDAY_KEYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Within the agent's working hours now (their weekly hours, a date's override, time off), in their zone. */
export function onDuty(availability: Availability, zone: string, now: Date): boolean {
  if (
    availability.timeOff.some(
      (off) => Date.parse(off.start) <= now.getTime() && now.getTime() < Date.parse(off.end),
    )
  )
    return false;
  const local = DateTime.fromJSDate(now, { zone });
  const date = local.toISODate();
  const override = availability.overrides.find((o) => o.date === date);
  const hours = override ? override.hours : availability.weekly[WEEKDAY_KEYS[local.weekday - 1] ?? 'monday'];
  const minute = local.hour * 60 + local.minute;
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return hours.some((h) => toMinutes(h.start) <= minute && minute < toMinutes(h.end));
}

/**
 * The caller asked for a person: the lead's agent on their mobile, during their working hours; the
 * workspace's fallback number when the lead has no agent or the agent no mobile. Null when transfers are
 * off or there is no number to dial at all: the call is handed off the way it always was.
 */
export async function planTransfer(ctx: AppContext, call: CallRow): Promise<TransferPlan | null> {
  const settings = await loadVoiceSettings(ctx.db, call.workspaceId);
  if (!settings.transfer.enabled || !call.leadId) return null;
  const lead = await findLead(ctx.db, call.workspaceId, call.leadId);
  const agent = lead?.assignedUserId
    ? await findUser(ctx.db, call.workspaceId, lead.assignedUserId)
    : undefined;
  const agentName = agent?.name.trim().split(/\s+/)[0] ?? null;
  const to = agent?.phone ?? settings.transfer.fallbackNumber;
  if (!to) return null;
  if (agent?.phone) {
    const availability = await getAvailability(ctx, { workspaceId: call.workspaceId, agentId: agent.id });
    if (availability.configured && !onDuty(availability, availability.effectiveTimezone, ctx.clock.now())) {
      return { kind: 'unavailable', reason: 'outside_hours', agentId: agent.id, agentName };
    }
  }
  return {
    kind: 'dial',
    to,
    agentId: agent?.phone ? agent.id : null,
    agentName: agent?.phone ? agentName : null,
    ringSeconds: settings.transfer.ringSeconds,
  };
}

/** Starts a transfer on the call row: the number being dialed, the attempt recorded. */
export async function beginTransfer(
  ctx: AppContext,
  props: { call: CallRow; plan: TransferPlan; reason: string },
): Promise<void> {
  const { call, plan } = props;
  await recordTransferAttempt(ctx.db, call, {
    at: ctx.clock.now().toISOString(),
    to: plan.kind === 'dial' ? plan.to : null,
    agentId: plan.agentId,
    status: plan.kind === 'dial' ? 'dialing' : plan.reason,
    reason: props.reason,
  });
}

/** The facts said in a Spanish whisper, in the order the English summary gives them. */
const WHISPER_FIELDS_ES: readonly ProfileField[] = [
  'intent',
  'propertyAddress',
  'timelineMonths',
  'preApproved',
  'budgetMin',
  'areas',
  'beds',
  'baths',
  'propertyType',
  'requestedTime',
  'moveInDate',
  'pets',
];

/**
 * What the person hears before taking the call: who, what they want, budget, timeline; in the call's
 * language, the one they will speak with the caller.
 */
export async function whisperSummary(
  ctx: AppContext,
  call: CallRow,
  lang: SpokenLanguage = 'en',
): Promise<string> {
  const lead = call.leadId ? await findLead(ctx.db, call.workspaceId, call.leadId) : undefined;
  const contact = call.contactId ? await findContact(ctx.db, call.workspaceId, call.contactId) : undefined;
  const zone = contact?.timezone ?? 'UTC';
  const profile = readProfile(lead?.profile ?? {});
  const noBudget = profile.budgetMin == null && profile.budgetMax == null;
  const noTimeline = profile.timelineMonths == null;
  if (lang === 'es') {
    const who = contact?.name ?? 'una persona que todavía no ha dado su nombre';
    const voice = { agent: '', business: '', assistant: null, firstName: null, seed: '', zone, lang };
    const facts = WHISPER_FIELDS_ES.map((field) => factFragment(field, profile, voice)).filter(Boolean);
    const about = facts.length > 0 ? facts.join('; ') : 'todavía no sabemos qué busca';
    const unknown = [noBudget ? 'presupuesto' : null, noTimeline ? 'plazo' : null].filter(Boolean);
    const missing = unknown.length > 0 ? ` Todavía no dio ${unknown.join(' ni ')}.` : '';
    const direction = call.direction === 'inbound' ? 'que nos llamó' : 'en una llamada que hicimos';
    return speakable(`Llamada de ${who}, ${direction}. ${about}.${missing}`, 'es');
  }
  const who = contact?.name ?? 'a caller who has not given a name';
  const about = describeProfile(profile, zone);
  const unknown = [noBudget ? 'budget' : null, noTimeline ? 'timeline' : null].filter(Boolean);
  const missing = unknown.length > 0 ? ` No ${unknown.join(' or ')} given yet.` : '';
  const direction = call.direction === 'inbound' ? 'calling in' : 'on a call we placed';
  return speakable(`Call from ${who}, ${direction}. ${about}.${missing}`);
}

/** The person pressed a key on the whisper: 1 takes the call, anything else declines it. */
export async function agentAnswered(
  ctx: AppContext,
  props: { call: CallRow; digits: string },
): Promise<boolean> {
  const taken = props.digits === '1';
  await recordTransferAttempt(
    ctx.db,
    props.call,
    lastAttempt(props.call, ctx, taken ? 'accepted' : 'declined'),
    {
      replaceLast: true,
    },
  );
  return taken;
}

function lastAttempt(call: CallRow, ctx: AppContext, status: string): TransferAttempt {
  const attempts = (
    typeof call.transferAttempts === 'string' ? JSON.parse(call.transferAttempts) : call.transferAttempts
  ) as TransferAttempt[] | null;
  const last = attempts?.at(-1);
  return {
    at: ctx.clock.now().toISOString(),
    to: last?.to ?? call.transferTo,
    agentId: last?.agentId ?? null,
    status,
    reason: last?.reason ?? 'requested_human',
  };
}

/**
 * The dial to the person ended. Bridged (they pressed 1 and talked): the call is logged as transferred
 * and closed. Anything else (no answer, busy, declined): recorded, the person gets the summary by their
 * alert channels, and the caller goes back to the assistant, which offers a time for a callback.
 */
export async function transferEnded(
  ctx: AppContext,
  props: {
    call: CallRow;
    dialStatus: string;
    bridged: boolean;
    /** The caller hung up while the person's phone rang: there is nobody to go back to. */
    callerGone?: boolean;
  },
): Promise<'bridged' | 'back_to_assistant' | 'caller_gone'> {
  const { call } = props;
  const accepted = call.transferStatus === 'accepted';
  if (accepted && props.bridged && (props.dialStatus === 'completed' || props.dialStatus === 'answered')) {
    await recordTransferAttempt(ctx.db, call, lastAttempt(call, ctx, 'bridged'), { replaceLast: true });
    await ctx.db
      .updateTable('calls')
      .set({ outcome: 'transferred', updatedAt: ctx.clock.now().toISOString() })
      .where('workspaceId', '=', call.workspaceId)
      .where('id', '=', call.id)
      .execute();
    await closeCall(ctx, { call, outcome: 'transferred', status: 'completed' });
    return 'bridged';
  }
  const status = call.transferStatus === 'declined' ? 'declined' : props.dialStatus.replaceAll('-', '_');
  await recordTransferAttempt(
    ctx.db,
    call,
    lastAttempt(call, ctx, status === 'completed' ? 'no_answer' : status),
    {
      replaceLast: true,
    },
  );
  if (props.callerGone) {
    await tellAgentMissed(ctx, { call, why: 'did not pick up before they hung up' });
    await closeCall(ctx, { call, outcome: 'handoff', status: 'completed', handoffReason: 'requested_human' });
    return 'caller_gone';
  }
  await tellAgentMissed(ctx, { call, why: 'did not pick up' });
  return 'back_to_assistant';
}

/** The agent gets the summary by text or email (their alert channels): they call the lead back. */
export async function tellAgentMissed(ctx: AppContext, props: { call: CallRow; why: string }): Promise<void> {
  const { call } = props;
  if (!call.leadId) return;
  const lead = await findLead(ctx.db, call.workspaceId, call.leadId);
  if (!lead) return;
  const summary = await whisperSummary(ctx, call);
  await notifyTeam(ctx.db, ctx, {
    workspaceId: call.workspaceId,
    leadId: lead.id,
    userId: lead.assignedUserId,
    kind: 'call_transfer_missed',
    subject: 'A caller asked for you',
    body: `A caller asked to talk to you and you ${props.why}. ${summary} Call them back; the assistant offers them a time for it when they are still on the line.`,
  });
}

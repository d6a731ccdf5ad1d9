import type { AppContext } from '../http/context.js';
import { recordEvent } from '../jobs/domain-events.js';
import { recordUsage } from '../jobs/usage.recorder.js';
import { findContact, findLead } from '../leads/leads.repository.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { notFound } from '../platform/errors.js';
import {
  findCall,
  findCallBySid,
  listCallsForLead,
  listCallTurns,
  recordCallStatus,
  updateCall,
} from './calls.repository.js';
import type { CallOutcome, CallProvider, CallRow, CallTurnRow } from './calls.table.js';

const OUTCOME_WORDS: Record<CallOutcome, string> = {
  conversation: 'talked with the assistant',
  booked: 'booked an appointment',
  handoff: 'asked for a person',
  opted_out: 'asked not to be called',
  dropped: 'the line dropped',
  no_caller_id: 'no caller ID, not answered by the assistant',
  not_served: 'the assistant did not take the call',
  transferred: 'put through to a person',
  voicemail: 'left a voicemail',
  machine: 'an answering machine picked up',
  no_answer: 'no answer',
  busy: 'the line was busy',
  failed: 'the call did not go through',
};

/** Outcomes the team does not need a note about: nobody talked, or a person was on the call. */
const QUIET_OUTCOMES = new Set<CallOutcome>([
  'handoff',
  'opted_out',
  'transferred',
  'voicemail',
  'machine',
  'no_answer',
  'busy',
  'failed',
]);

/**
 * Closes the call log once: the end time, the duration and how it ended. Later news (Twilio's end of
 * session after the socket closed) fills in only what is still empty, and the team is told once.
 */
export async function closeCall(
  ctx: AppContext,
  props: {
    call: Pick<CallRow, 'id' | 'workspaceId'>;
    outcome: CallOutcome;
    status?: string | undefined;
    durationSeconds?: number | undefined;
    handoffReason?: string | null | undefined;
  },
): Promise<void> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const call = await findCall(trx, props.call.workspaceId, props.call.id);
    if (!call) return;
    if (props.status) await recordCallStatus(trx, call, props.status, at);
    const first = call.endedAt === null;
    const started = Date.parse(call.connectedAt ?? call.startedAt);
    await updateCall(trx, call.workspaceId, call.id, {
      endedAt: call.endedAt ?? at,
      durationSeconds:
        props.durationSeconds ??
        call.durationSeconds ??
        Math.max(0, Math.round((now.getTime() - started) / 1000)),
      outcome: call.outcome ?? props.outcome,
      handoffReason: call.handoffReason ?? props.handoffReason ?? null,
      updatedAt: at,
    });
    if (first)
      await recordEvent(trx, {
        workspaceId: call.workspaceId,
        type: 'call.completed',
        leadId: call.leadId,
        contactId: call.contactId,
        subjectId: call.id,
        at,
      });
    if (first) {
      const seconds =
        props.durationSeconds ??
        call.durationSeconds ??
        Math.max(0, Math.round((now.getTime() - started) / 1000));
      await recordUsage(trx, {
        workspaceId: call.workspaceId,
        unit: 'voice_minute',
        quantity: Math.ceil(seconds / 60),
        key: `call:${call.id}`,
        callId: call.id,
        leadId: call.leadId,
        at,
      });
    }
    if (!first || !call.leadId || call.outcome === 'no_caller_id') return;
    const lead = await findLead(trx, call.workspaceId, call.leadId);
    const contact = lead ? await findContact(trx, call.workspaceId, lead.contactId) : undefined;
    const outcome = call.outcome ?? props.outcome;
    // A handoff and an opt-out have told the team already, in their own words.
    if (!lead || QUIET_OUTCOMES.has(outcome)) return;
    const who = contact?.name ?? contact?.phone ?? (call.direction === 'inbound' ? 'A caller' : 'the lead');
    const minutes = Math.max(1, Math.round((now.getTime() - started) / 60_000));
    await notifyTeam(trx, ctx, {
      workspaceId: call.workspaceId,
      leadId: lead.id,
      userId: lead.assignedUserId,
      kind: 'call_ended',
      subject: call.direction === 'inbound' ? `Call from ${who}` : `Call to ${who}`,
      body: `About ${minutes} min: ${OUTCOME_WORDS[outcome]}. The transcript is on the lead's calls.`,
    });
  });
}

/** Twilio's word that the relay session (and with it our part of the call) is over. */
export async function callEndedByProvider(
  ctx: AppContext,
  props: {
    provider: CallProvider;
    callSid: string;
    callStatus?: string | undefined;
    sessionDurationSeconds?: number | undefined;
  },
): Promise<CallRow | undefined> {
  const call = await findCallBySid(ctx.db, props.provider, props.callSid);
  if (!call) return undefined;
  await closeCall(ctx, {
    call,
    outcome: 'conversation',
    status: props.callStatus ?? 'completed',
    durationSeconds: props.sessionDurationSeconds,
  });
  return call;
}

export async function listLeadCalls(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<CallRow[]> {
  const { lead } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  return listCallsForLead(ctx.db, props.workspaceId, lead.id);
}

export async function getCallWithTranscript(
  ctx: AppContext,
  props: { workspaceId: string; callId: string },
): Promise<{ call: CallRow; turns: CallTurnRow[] }> {
  const call = await findCall(ctx.db, props.workspaceId, props.callId);
  if (!call) throw notFound('Call');
  return { call, turns: await listCallTurns(ctx.db, props.workspaceId, call.id) };
}

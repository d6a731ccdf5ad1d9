import { evaluateGate, type GateDecision, recordGateDecision } from '../consent/gate.js';
import { parseConversationSettings } from '../conversations/conversation.settings.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { findContact, findConversationByLead, findLead } from '../leads/leads.repository.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { findDefaultNumber } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { HOUR, MINUTE } from '../platform/clock.js';
import { newId } from '../platform/ids.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import {
  findCallAttempt,
  insertCallAttempt,
  outboundCallTimes,
  updateCallAttempt,
} from './call-attempts.repository.js';
import { findCall, insertCallOnce, updateCall } from './calls.repository.js';
import type { CallAttemptRow, CallRow, CallTrigger } from './calls.table.js';
import { outboundGreetingFor, relayTwiml } from './twiml.js';
import { loadVoiceSettings, type VoiceSettings } from './voice.settings.js';
import { voiceClientFor } from './voice-client.js';

export const CALL_LEAD_JOB = 'voice.call-lead';
/** How long Twilio lets the lead's phone ring before it counts as no answer. */
const RING_SECONDS = 25;
/** A call held with no time to retry at (a possible opt-out waiting for a person) is looked at again after this. */
const RECHECK_MS = HOUR;

export interface CallLeadPayload {
  workspaceId: string;
  leadId: string;
  /** From intake: the inquiry that gave voice consent. */
  inquiryId?: string | undefined;
  /** A call already asked for: placed now, if the gate allows. */
  attemptId?: string | undefined;
}

/** Queues the job that places an attempt at `runAt`; one job per attempt and time. */
async function scheduleAttempt(ctx: AppContext, attempt: CallAttemptRow, runAt: Date): Promise<void> {
  await enqueue(
    ctx.db,
    {
      name: CALL_LEAD_JOB,
      workspaceId: attempt.workspaceId,
      payload: { workspaceId: attempt.workspaceId, leadId: attempt.leadId, attemptId: attempt.id },
      runAt,
      uniqueKey: `${CALL_LEAD_JOB}:${attempt.id}:${runAt.toISOString()}`,
      maxAttempts: 3,
    },
    ctx.clock,
  );
}

export async function createAttempt(
  ctx: AppContext,
  props: {
    workspaceId: string;
    leadId: string;
    contactId: string;
    trigger: CallTrigger;
    attempt: number;
    requestedBy?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<CallAttemptRow> {
  const at = ctx.clock.now().toISOString();
  const row: CallAttemptRow = {
    id: newId(ctx.clock.now().getTime()),
    workspaceId: props.workspaceId,
    leadId: props.leadId,
    contactId: props.contactId,
    trigger: props.trigger,
    attempt: props.attempt,
    status: 'scheduled',
    reason: null,
    deferUntil: null,
    details: toJson(props.details ?? {}),
    callId: null,
    requestedBy: props.requestedBy ?? null,
    createdAt: at,
    updatedAt: at,
  };
  await insertCallAttempt(ctx.db, row);
  return row;
}

/**
 * The speed-to-lead call of a new lead who gave voice consent: nothing when the workspace does not call
 * new leads; else one attempt (per inquiry), placed `callWithinSeconds` after the lead arrived.
 */
export async function callNewLead(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; inquiryId: string },
): Promise<void> {
  const settings = await loadVoiceSettings(ctx.db, props.workspaceId);
  if (!settings.outboundCalls.enabled) return;
  const lead = await findLead(ctx.db, props.workspaceId, props.leadId);
  if (!lead) return;
  const known = await ctx.db
    .selectFrom('callAttempts')
    .select('id')
    .where('workspaceId', '=', props.workspaceId)
    .where('leadId', '=', lead.id)
    .where('trigger', '=', 'new_lead')
    .where('createdAt', '>=', lead.lastInquiryAt)
    .executeTakeFirst();
  if (known) return;
  const attempt = await createAttempt(ctx, {
    workspaceId: props.workspaceId,
    leadId: lead.id,
    contactId: lead.contactId,
    trigger: 'new_lead',
    attempt: 1,
    details: { inquiryId: props.inquiryId },
  });
  const due = Date.parse(lead.lastInquiryAt) + settings.outboundCalls.callWithinSeconds * 1000;
  if (due > ctx.clock.now().getTime()) return scheduleAttempt(ctx, attempt, new Date(due));
  await runAttempt(ctx, { workspaceId: props.workspaceId, attemptId: attempt.id });
}

export type AttemptOutcome =
  | { status: 'placed'; call: CallRow; attempt: CallAttemptRow }
  | {
      status: 'deferred' | 'blocked' | 'failed' | 'skipped';
      decision?: GateDecision;
      attempt: CallAttemptRow;
    };

/**
 * Places one attempt if the gate allows it now. Held: the reason and the time are stored on the attempt
 * and it is tried again then. Refused: the reason is stored and nothing is placed.
 */
export async function runAttempt(
  ctx: AppContext,
  props: { workspaceId: string; attemptId: string },
): Promise<AttemptOutcome | null> {
  const attempt = await findCallAttempt(ctx.db, props.workspaceId, props.attemptId);
  if (!attempt || (attempt.status !== 'scheduled' && attempt.status !== 'deferred')) return null;
  const settings = await loadVoiceSettings(ctx.db, attempt.workspaceId);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const settle = async (
    status: AttemptOutcome['status'],
    reason: string | null,
    extra: Partial<CallAttemptRow> = {},
  ): Promise<CallAttemptRow> => {
    const changes = { status, reason, updatedAt: at, ...extra };
    await updateCallAttempt(ctx.db, attempt.workspaceId, attempt.id, changes);
    return { ...attempt, ...changes };
  };
  if (attempt.trigger !== 'call_now' && !settings.outboundCalls.enabled) {
    return { status: 'skipped', attempt: await settle('skipped', 'outbound_calls_off') };
  }
  const decision = await decideCall(ctx, { attempt, settings });
  await recordGateDecision(ctx.db, {
    workspaceId: attempt.workspaceId,
    contactId: attempt.contactId,
    messageId: null,
    stage: 'send',
    decision: { ...decision, details: { ...decision.details, channel: 'voice', callAttemptId: attempt.id } },
    at: now,
  });
  if (decision.outcome === 'blocked') {
    return {
      status: 'blocked',
      decision,
      attempt: await settle('blocked', decision.reason, { details: toJson(decision.details) }),
    };
  }
  if (decision.outcome === 'deferred') {
    const until = decision.deferUntil ?? new Date(now.getTime() + RECHECK_MS);
    const held = await settle('deferred', decision.reason, {
      deferUntil: until.toISOString(),
      details: toJson(decision.details),
    });
    // A person asked to call now: they are told when it would be allowed rather than left wondering
    // when a call they asked for goes out.
    if (attempt.trigger !== 'call_now') await scheduleAttempt(ctx, held, until);
    return { status: 'deferred', decision, attempt: held };
  }
  return placeCall(ctx, { attempt, settings, settle });
}

async function decideCall(
  ctx: AppContext,
  props: { attempt: CallAttemptRow; settings: VoiceSettings },
): Promise<GateDecision> {
  const { attempt, settings } = props;
  const now = ctx.clock.now();
  const contact = await findContact(ctx.db, attempt.workspaceId, attempt.contactId);
  if (!contact) return { outcome: 'blocked', reason: 'invalid_phone', details: {} };
  const workspace = await loadWorkspaceMessaging(ctx.db, attempt.workspaceId);
  const callsPlacedAt = await outboundCallTimes(ctx.db, {
    workspaceId: attempt.workspaceId,
    contactId: contact.id,
    since: new Date(now.getTime() - 24 * HOUR),
  });
  return evaluateGate(ctx.db, {
    workspaceId: attempt.workspaceId,
    contact,
    kind: 'first_response',
    purpose: 'conversational',
    directReply: false,
    now,
    settings: workspace.settings,
    workspaceTimezone: workspace.timezone,
    channel: 'voice',
    voice: {
      callingHours: settings.callingHours,
      callsPlacedAt,
      dailyCallCap: settings.dailyCallCap,
    },
  });
}

async function placeCall(
  ctx: AppContext,
  props: {
    attempt: CallAttemptRow;
    settings: VoiceSettings;
    settle: (
      status: AttemptOutcome['status'],
      reason: string | null,
      extra?: Partial<CallAttemptRow>,
    ) => Promise<CallAttemptRow>;
  },
): Promise<AttemptOutcome> {
  const { attempt, settle } = props;
  const workspaceId = attempt.workspaceId;
  const client = await voiceClientFor(ctx, workspaceId);
  const from = await findDefaultNumber(ctx.db, workspaceId, 'twilio');
  const contact = await findContact(ctx.db, workspaceId, attempt.contactId);
  if (!client || !from || !contact?.phone) {
    const reason = !client ? 'no_voice_provider' : !from ? 'no_number' : 'invalid_phone';
    return { status: 'failed', attempt: await settle('failed', reason) };
  }
  const lead = await findLead(ctx.db, workspaceId, attempt.leadId);
  const conversation = lead ? await findConversationByLead(ctx.db, workspaceId, lead.id) : undefined;
  const now = ctx.clock.now();
  const at = now.toISOString();
  const callId = newId(now.getTime());
  const greeting = await outboundGreeting(ctx, workspaceId, contact.firstName);
  // Logged before Twilio is asked, under a SID of our own until Twilio gives its own: a status callback
  // that comes back faster than the answer to the request finds the call by the id in its URL.
  const { call } = await insertCallOnce(ctx.db, {
    id: callId,
    workspaceId,
    leadId: attempt.leadId,
    contactId: contact.id,
    conversationId: conversation?.id ?? null,
    provider: 'twilio',
    providerCallSid: `pending:${callId}`,
    sessionId: null,
    direction: 'outbound',
    fromNumber: from.number,
    toNumber: contact.phone,
    status: 'queued',
    statusHistory: toJson([{ status: 'queued', at }]),
    answeredBy: null,
    greeting,
    startedAt: at,
    connectedAt: null,
    endedAt: null,
    durationSeconds: null,
    outcome: null,
    handoffReason: null,
    relayState: toJson({}),
    transferTo: null,
    transferStatus: null,
    transferredAt: null,
    recordingEnabled: 0,
    recordingSid: null,
    recordingStatus: null,
    recordingPath: null,
    recordingDurationSeconds: null,
    transferAttempts: null,
    attemptId: attempt.id,
    createdAt: at,
    updatedAt: at,
  });
  await settle('placed', null, { callId });
  const base = ctx.config.publicUrl;
  const query = `callId=${encodeURIComponent(callId)}`;
  try {
    const placed = await client.place({
      to: contact.phone,
      from: from.number,
      twiml: relayTwiml({ publicUrl: base, callId, greeting }),
      statusCallback: `${base}/webhooks/twilio/voice/status?${query}`,
      amdCallback: `${base}/webhooks/twilio/voice/amd?${query}`,
      timeoutSeconds: RING_SECONDS,
    });
    const current = await findCall(ctx.db, workspaceId, callId);
    await updateCall(ctx.db, workspaceId, callId, {
      providerCallSid: placed.sid,
      updatedAt: ctx.clock.now().toISOString(),
    });
    return { status: 'placed', call: { ...(current ?? call), providerCallSid: placed.sid }, attempt };
  } catch (error) {
    ctx.logger.warn({ category: 'voice', err: error, callId }, 'the call could not be placed');
    await updateCall(ctx.db, workspaceId, callId, {
      status: 'failed',
      statusHistory: toJson([
        { status: 'queued', at },
        { status: 'failed', at: ctx.clock.now().toISOString() },
      ]),
      endedAt: ctx.clock.now().toISOString(),
      durationSeconds: 0,
      outcome: 'failed',
      updatedAt: ctx.clock.now().toISOString(),
    });
    const failed = await settle('failed', 'provider_refused', { callId });
    await retryLater(ctx, { attempt: failed, settings: props.settings, reason: 'failed' });
    return { status: 'failed', attempt: failed };
  }
}

async function outboundGreeting(
  ctx: AppContext,
  workspaceId: string,
  firstName: string | null,
): Promise<string> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  const messaging = await loadWorkspaceMessaging(ctx.db, workspaceId);
  const settings = parseConversationSettings(workspace?.settings);
  return outboundGreetingFor({
    businessName: messaging.settings.businessName ?? messaging.workspaceName,
    assistantName: settings.assistantName,
    firstName,
  });
}

/**
 * The workspace's retry rule after no answer, busy or a failed call: one more attempt, `afterMinutes`
 * later, through the gate again. A retry is never retried; the same attempt never retries twice.
 */
export async function retryLater(
  ctx: AppContext,
  props: { attempt: CallAttemptRow; settings: VoiceSettings; reason: string },
): Promise<CallAttemptRow | null> {
  const { attempt, settings } = props;
  if (!settings.retry.enabled || attempt.trigger === 'retry' || attempt.attempt > 1) return null;
  const existing = await ctx.db
    .selectFrom('callAttempts')
    .select('id')
    .where('workspaceId', '=', attempt.workspaceId)
    .where('leadId', '=', attempt.leadId)
    .where('trigger', '=', 'retry')
    .where('createdAt', '>=', attempt.createdAt)
    .executeTakeFirst();
  if (existing) return null;
  const retry = await createAttempt(ctx, {
    workspaceId: attempt.workspaceId,
    leadId: attempt.leadId,
    contactId: attempt.contactId,
    trigger: 'retry',
    attempt: attempt.attempt + 1,
    details: { after: props.reason, retryOf: attempt.id },
  });
  await scheduleAttempt(
    ctx,
    retry,
    new Date(ctx.clock.now().getTime() + settings.retry.afterMinutes * MINUTE),
  );
  return retry;
}

/**
 * "Call this lead now", by a person: the same gate as any automated call (the caller hears the AI
 * assistant), placed at once when it allows, else the gate's reason and when it would allow.
 */
export async function callLeadNow(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; requestedBy: string | null },
): Promise<AttemptOutcome> {
  const { lead } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const attempt = await createAttempt(ctx, {
    workspaceId: props.workspaceId,
    leadId: lead.id,
    contactId: lead.contactId,
    trigger: 'call_now',
    attempt: 1,
    requestedBy: props.requestedBy,
  });
  const outcome = await runAttempt(ctx, { workspaceId: props.workspaceId, attemptId: attempt.id });
  if (!outcome) throw new Error('A new call attempt was not run');
  return outcome;
}

import { evaluateGate, type GateDecision, recordGateDecision } from '../consent/gate.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { findContact, findLead } from '../leads/leads.repository.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { HOUR } from '../platform/clock.js';
import { findCallAttempt, outboundCallTimes, updateCallAttempt } from './call-attempts.repository.js';
import { CALL_LEAD_JOB, createAttempt, scheduleAttempt } from './call-attempts.service.js';
import type { CallAttemptRow, CallAttemptStatus, CallRow } from './calls.table.js';
import { placeCall } from './outbound-place.js';
import { loadVoiceSettings, type VoiceSettings } from './voice.settings.js';

export { CALL_LEAD_JOB };

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
    status: CallAttemptStatus,
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

/** The gate's answer for a call to the attempt's contact now (nothing is recorded here). */
export async function decideCall(
  ctx: AppContext,
  props: { attempt: Pick<CallAttemptRow, 'workspaceId' | 'contactId'>; settings: VoiceSettings },
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

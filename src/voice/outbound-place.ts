import { parseConversationSettings } from '../conversations/conversation.settings.js';
import { toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { findContact, findConversationByLead, findLead } from '../leads/leads.repository.js';
import { findDefaultNumber } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { newId } from '../platform/ids.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { retryLater } from './call-attempts.service.js';
import { callLanguage } from './call-language.js';
import { findCall, insertCallOnce, updateCall } from './calls.repository.js';
import type { CallAttemptRow, CallAttemptStatus, CallRow } from './calls.table.js';
import { RECORDING_PHRASES, type RecordingPlan, recordingPlan } from './recording-policy.js';
import type { SpokenLanguage } from './speech.js';
import { outboundGreetingFor, relayTwiml } from './twiml.js';
import type { VoiceSettings } from './voice.settings.js';
import { voiceClientFor } from './voice-client.js';

/** How long Twilio lets the lead's phone ring before it counts as no answer. */
const RING_SECONDS = 25;

export type Settle = (
  status: CallAttemptStatus,
  reason: string | null,
  extra?: Partial<CallAttemptRow>,
) => Promise<CallAttemptRow>;

export type PlaceOutcome =
  | { status: 'placed'; call: CallRow; attempt: CallAttemptRow }
  | { status: 'failed'; attempt: CallAttemptRow };

export async function placeCall(
  ctx: AppContext,
  props: {
    attempt: CallAttemptRow;
    settings: VoiceSettings;
    settle: Settle;
  },
): Promise<PlaceOutcome> {
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
  // Recorded only as an inbound call is: after the disclosure, and where all parties must agree, after a yes.
  const plan = recordingPlan({
    recordingOn: props.settings.recording.enabled,
    callerPhone: contact.phone,
    leadState: contact.state,
  });
  const language = await callLanguage(ctx.db, { workspaceId, leadId: attempt.leadId });
  const greeting = await outboundGreeting(ctx, { workspaceId, firstName: contact.firstName, plan, language });
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
    recordingStatus: plan === 'record' ? 'pending' : plan === 'ask' ? 'asking' : null,
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
      twiml: relayTwiml({ publicUrl: base, callId, greeting, language }),
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
  props: { workspaceId: string; firstName: string | null; plan: RecordingPlan; language: SpokenLanguage },
): Promise<string> {
  const workspace = await findWorkspace(ctx.db, props.workspaceId);
  const messaging = await loadWorkspaceMessaging(ctx.db, props.workspaceId);
  const settings = parseConversationSettings(workspace?.settings);
  return outboundGreetingFor({
    businessName: messaging.settings.businessName ?? messaging.workspaceName,
    assistantName: settings.assistantName,
    firstName: props.firstName,
    recorded: props.plan === 'record',
    askToRecord: props.plan === 'ask' ? RECORDING_PHRASES[props.language].question : undefined,
    lang: props.language,
  });
}

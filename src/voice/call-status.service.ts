import { currentConsent } from '../consent/consent.service.js';
import type { AppContext } from '../http/context.js';
import { findContact, findLead } from '../leads/leads.repository.js';
import { recordWebhookEvent } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging, renderTemplate } from '../messaging/messaging.settings.js';
import { queueOutbound } from '../messaging/outbox.service.js';
import { newId } from '../platform/ids.js';
import { findCallAttempt } from './call-attempts.repository.js';
import { retryLater } from './call-attempts.service.js';
import { callLanguage } from './call-language.js';
import { findCall, findCallById, findCallBySid, recordCallStatus, updateCall } from './calls.repository.js';
import { closeCall } from './calls.service.js';
import type { CallOutcome, CallRow } from './calls.table.js';
import type { SpokenLanguage } from './speech.js';
import { hangUpTwiml, voicemailTwiml } from './twiml.js';
import { loadVoiceSettings } from './voice.settings.js';
import { voiceClientFor } from './voice-client.js';
import { PHRASES } from './voice-phrases.js';

const NOT_REACHED: Record<string, CallOutcome> = {
  'no-answer': 'no_answer',
  busy: 'busy',
  failed: 'failed',
  canceled: 'no_answer',
};

/** The call a callback is about: by the id in its URL (ours), which must carry the SID Twilio names. */
export async function callForCallback(
  ctx: AppContext,
  props: { callId: string | undefined; callSid: string },
): Promise<CallRow | undefined> {
  if (props.callId) {
    const call = await findCallById(ctx.db, props.callId);
    if (!call) return undefined;
    const sidFits = call.providerCallSid === props.callSid || call.providerCallSid === `pending:${call.id}`;
    return sidFits ? call : undefined;
  }
  return findCallBySid(ctx.db, 'twilio', props.callSid);
}

/**
 * A status callback of a call we placed. Each status is acted on once (a repeated callback finds its
 * event recorded): the status history grows; a call not reached (no answer, busy, failed) is closed and
 * gets the workspace's one retry; a completed call is closed if the relay has not closed it already.
 */
export async function callStatusChanged(
  ctx: AppContext,
  props: { call: CallRow; callSid: string; status: string; durationSeconds?: number | undefined },
): Promise<void> {
  const { call } = props;
  const at = ctx.clock.now().toISOString();
  const first = await ctx.db.transaction().execute(async (trx) => {
    const fresh = await recordWebhookEvent(trx, {
      id: newId(),
      provider: 'twilio',
      eventKey: `voice-status:${props.callSid}:${props.status}`,
      workspaceId: call.workspaceId,
      kind: 'voice',
      receivedAt: at,
    });
    if (!fresh) return false;
    if (call.providerCallSid !== props.callSid) {
      await updateCall(trx, call.workspaceId, call.id, { providerCallSid: props.callSid, updatedAt: at });
    }
    await recordCallStatus(trx, call, props.status, at);
    return true;
  });
  if (!first) return;
  const missed = NOT_REACHED[props.status];
  if (missed) {
    await closeCall(ctx, { call, outcome: missed, status: props.status, durationSeconds: 0 });
    const attempt = call.attemptId
      ? await findCallAttempt(ctx.db, call.workspaceId, call.attemptId)
      : undefined;
    if (attempt) {
      const settings = await loadVoiceSettings(ctx.db, call.workspaceId);
      await retryLater(ctx, { attempt, settings, reason: props.status });
    }
    return;
  }
  if (props.status === 'completed') {
    const current = await findCall(ctx.db, call.workspaceId, call.id);
    // A transfer that is still ringing the agent is closed by its own callback.
    await closeCall(ctx, {
      call,
      outcome: current?.outcome ?? 'conversation',
      status: 'completed',
      durationSeconds: props.durationSeconds,
    });
  }
}

const MACHINE = /^(machine_|fax)/;

/**
 * Twilio's answering-machine verdict, once per call. A person: nothing changes, the assistant is already
 * talking. A machine: the voicemail after the beep (or a hang-up, per the workspace's setting), and a text
 * to follow when the lead consented to texts.
 */
export async function answeredBy(
  ctx: AppContext,
  props: { call: CallRow; callSid: string; answeredBy: string },
): Promise<void> {
  const { call } = props;
  const at = ctx.clock.now().toISOString();
  const fresh = await recordWebhookEvent(ctx.db, {
    id: newId(),
    provider: 'twilio',
    eventKey: `voice-amd:${props.callSid}`,
    workspaceId: call.workspaceId,
    kind: 'voice',
    receivedAt: at,
  });
  if (!fresh) return;
  const machine = MACHINE.test(props.answeredBy);
  const settings = await loadVoiceSettings(ctx.db, call.workspaceId);
  const leaveVoicemail = machine && settings.machine === 'voicemail' && props.answeredBy !== 'fax';
  await updateCall(ctx.db, call.workspaceId, call.id, {
    answeredBy: props.answeredBy,
    ...(machine ? { outcome: leaveVoicemail ? 'voicemail' : 'machine' } : {}),
    updatedAt: at,
  });
  if (!machine || !call.leadId || !call.contactId) return;
  const contact = await findContact(ctx.db, call.workspaceId, call.contactId);
  const workspace = await loadWorkspaceMessaging(ctx.db, call.workspaceId);
  const business = workspace.settings.businessName ?? workspace.workspaceName;
  const client = await voiceClientFor(ctx, call.workspaceId);
  // The lead's language, as the call's greeting was chosen.
  const lang = await callLanguage(ctx.db, { workspaceId: call.workspaceId, leadId: call.leadId });
  if (client) {
    const text = renderTemplate(lang === 'es' ? settings.voicemailTextEs : settings.voicemailText, {
      business,
      firstName: contact?.firstName ?? (lang === 'es' ? '' : 'there'),
    });
    try {
      await client.redirect(props.callSid, leaveVoicemail ? voicemailTwiml(text, lang) : hangUpTwiml());
    } catch (error) {
      ctx.logger.warn({ category: 'voice', err: error, callId: call.id }, 'the voicemail could not be left');
    }
  }
  if (!leaveVoicemail || !settings.textAfterVoicemail || !contact) return;
  await textAfterVoicemail(ctx, { call, business, lang });
}

/** The text after a voicemail, only with consent to texts, through the outbox and its gate like any other. */
async function textAfterVoicemail(
  ctx: AppContext,
  props: { call: CallRow; business: string; lang: SpokenLanguage },
): Promise<void> {
  const { call } = props;
  if (!call.leadId || !call.contactId || !call.conversationId) return;
  const leadId = call.leadId;
  const contactId = call.contactId;
  const conversationId = call.conversationId;
  const consent = await currentConsent(ctx.db, {
    workspaceId: call.workspaceId,
    contactId,
    channel: 'sms',
    purpose: 'conversational',
  });
  if (consent.status !== 'granted') return;
  await ctx.db.transaction().execute(async (trx) => {
    const contact = await findContact(trx, call.workspaceId, contactId);
    const lead = await findLead(trx, call.workspaceId, leadId);
    if (!contact || !lead) return;
    const workspace = await loadWorkspaceMessaging(trx, call.workspaceId);
    const say = PHRASES[props.lang];
    await queueOutbound(trx, ctx, {
      workspace,
      contact,
      leadId,
      conversationId,
      body: say.voicemailText(say.hello(contact.firstName), props.business),
      kind: 'follow_up',
      purpose: 'conversational',
      author: 'assistant',
      directReply: false,
      idempotencyKey: `voicemail-text:${call.id}`,
    });
  });
}

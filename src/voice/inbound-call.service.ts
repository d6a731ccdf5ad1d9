import { parseConversationSettings } from '../conversations/conversation.settings.js';
import type { Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { receiveLeadInTransaction } from '../leads/intake.service.js';
import {
  findContact,
  findConversationByLead,
  findLeadByContact,
  lockContactByPhone,
  updateLead,
} from '../leads/leads.repository.js';
import { normalizePhone } from '../leads/normalize.js';
import { findNumber } from '../messaging/messaging.repository.js';
import { loadWorkspaceMessaging } from '../messaging/messaging.settings.js';
import { newId } from '../platform/ids.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { callLanguage, callLanguageOf } from './call-language.js';
import { findCallBySid, insertCallOnce } from './calls.repository.js';
import type { CallProvider, CallRow } from './calls.table.js';
import { RECORDING_PHRASES, recordingPlan } from './recording-policy.js';
import type { SpokenLanguage } from './speech.js';
import { greetingFor, relayTwiml, sayAndHangUp } from './twiml.js';
import { parseVoiceSettings } from './voice.settings.js';
import { PHRASES } from './voice-phrases.js';

export interface InboundCall {
  provider: CallProvider;
  callSid: string;
  from: string;
  /** One of our numbers: it names the workspace. */
  to: string;
  status: string;
}

export interface AnsweredCall {
  twiml: string;
  call: CallRow | null;
}

const RACE_ATTEMPTS = 3;

/**
 * Answers a call to one of our numbers. The caller becomes a lead through the normal intake (source
 * `phone_call`) or joins their own conversation, and the call is logged before the answer goes back. A
 * retried webhook (the same CallSid) finds the call already logged and gets the same answer.
 *
 * Calling us consents to nothing: no consent is recorded for the caller, so no text and no automated
 * call follows from the call itself.
 */
export async function answerInboundCall(ctx: AppContext, incoming: InboundCall): Promise<AnsweredCall> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      // One transaction from the first read: on SQLite each statement outside one waits its own turn for
      // the connection, behind every other call's turn.
      const answered = await ctx.db.transaction().execute(async (trx) => {
        const known = await findCallBySid(trx, incoming.provider, incoming.callSid);
        if (known) return { call: known, language: null };
        const number = await findNumber(trx, incoming.provider, incoming.to);
        if (!number) return null;
        return logCall(trx, ctx, { ...incoming, workspaceId: number.workspaceId });
      });
      if (!answered) {
        ctx.logger.warn({ category: 'voice', callSid: incoming.callSid }, 'call to a number of no workspace');
        return { twiml: sayAndHangUp('Sorry, this number is not in service.'), call: null };
      }
      return { twiml: await twimlFor(ctx, answered.call, answered.language), call: answered.call };
    } catch (error) {
      // The same call twice at once, or two first calls from one new person: the next try finds the winner's.
      if (attempt < RACE_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function logCall(
  trx: Trx,
  ctx: AppContext,
  props: InboundCall & { workspaceId: string },
): Promise<{ call: CallRow; language: SpokenLanguage }> {
  const { workspaceId } = props;
  const now = ctx.clock.now();
  const at = now.toISOString();
  // The workspace is read once: its messaging, voice and conversation settings all come from it.
  const [messaging, workspace] = await Promise.all([
    loadWorkspaceMessaging(trx, workspaceId),
    findWorkspace(trx, workspaceId),
  ]);
  const caller = normalizePhone(props.from, messaging.defaultRegion).e164;
  const thread = caller ? await threadFor(trx, ctx, { workspaceId, caller, to: props.to }) : null;
  const voice = parseVoiceSettings(workspace?.settings);
  const plan = caller ? recordingPlan({ recordingOn: voice.recording.enabled, callerPhone: caller }) : 'none';
  const language = callLanguageOf({ workspaceSettings: workspace?.settings, leadProfile: thread?.profile });
  const greeting = greetingFor({
    businessName: messaging.settings.businessName ?? messaging.workspaceName,
    assistantName: parseConversationSettings(workspace?.settings).assistantName,
    // The disclosure comes before any recording: recording starts on the caller's first words.
    recorded: plan === 'record',
    askToRecord: plan === 'ask' ? RECORDING_PHRASES[language].question : undefined,
    lang: language,
  });
  const { call } = await insertCallOnce(trx, {
    id: newId(now.getTime()),
    workspaceId,
    leadId: thread?.leadId ?? null,
    contactId: thread?.contactId ?? null,
    conversationId: thread?.conversationId ?? null,
    provider: props.provider,
    providerCallSid: props.callSid,
    sessionId: null,
    direction: 'inbound',
    fromNumber: caller ?? null,
    toNumber: props.to,
    status: props.status,
    statusHistory: toJson([{ status: props.status, at }]),
    answeredBy: null,
    greeting: caller ? greeting : '',
    startedAt: at,
    connectedAt: null,
    endedAt: null,
    durationSeconds: null,
    outcome: caller ? null : 'no_caller_id',
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
    createdAt: at,
    updatedAt: at,
  });
  if (thread) await updateLead(trx, workspaceId, thread.leadId, { lastActivityAt: at, updatedAt: at });
  return { call, language };
}

interface CallThread {
  leadId: string;
  contactId: string;
  conversationId: string;
  /** A known lead's profile (a new caller has none yet). */
  profile?: unknown;
}

/** The caller's own lead and conversation, or a new lead from intake. */
async function threadFor(
  trx: Trx,
  ctx: AppContext,
  props: { workspaceId: string; caller: string; to: string },
): Promise<CallThread> {
  const { workspaceId, caller } = props;
  const known = await lockContactByPhone(trx, workspaceId, caller);
  if (known) {
    const lead = await findLeadByContact(trx, workspaceId, known.id);
    const conversation = lead ? await findConversationByLead(trx, workspaceId, lead.id) : undefined;
    if (lead && conversation)
      return { leadId: lead.id, contactId: known.id, conversationId: conversation.id, profile: lead.profile };
  }
  const received = await receiveLeadInTransaction(trx, ctx, {
    workspaceId,
    channel: 'voice',
    source: 'phone_call',
    phone: caller,
    message: `Called ${props.to}`,
    // No consent: calling us is not consent to be texted or called back by an automated voice.
    consent: undefined,
    attemptFirstResponse: false,
    // The assistant is answering them on the line; the team hears about the call when it ends, so
    // intake's "follow up by hand" note would only repeat it.
    keywordOnly: true,
  });
  const contact = await findContact(trx, workspaceId, received.contactId);
  if (!contact) throw new Error('Intake did not create the contact for a caller');
  return { leadId: received.leadId, contactId: contact.id, conversationId: received.conversationId };
}

/** The answer for a logged call; `language` is the greeting's when it was just chosen (else read again). */
async function twimlFor(ctx: AppContext, call: CallRow, chosen: SpokenLanguage | null): Promise<string> {
  if (call.outcome === 'no_caller_id' || !call.leadId) {
    const workspace = await loadWorkspaceMessaging(ctx.db, call.workspaceId);
    const business = workspace.settings.businessName ?? workspace.workspaceName;
    // Nobody is known: the workspace's own language.
    const lang = await callLanguage(ctx.db, { workspaceId: call.workspaceId, leadId: null });
    return sayAndHangUp(PHRASES[lang].noCallerId(business), lang);
  }
  const language =
    chosen ?? (await callLanguage(ctx.db, { workspaceId: call.workspaceId, leadId: call.leadId }));
  return relayTwiml({ publicUrl: ctx.config.publicUrl, callId: call.id, greeting: call.greeting, language });
}

import { isOptedOut } from '../consent/consent.service.js';
import { classifyInbound } from '../consent/keywords.js';
import type { Trx } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { recordEvent } from '../jobs/domain-events.js';
import { recordUsage } from '../jobs/usage.recorder.js';
import { receiveLeadInTransaction } from '../leads/intake.service.js';
import {
  findContact,
  findConversationByLead,
  findLeadByContact,
  lockContactByPhone,
} from '../leads/leads.repository.js';
import type { ContactRow, ConversationRow, LeadRow } from '../leads/leads.table.js';
import { normalizePhone } from '../leads/normalize.js';
import { newId } from '../platform/ids.js';
import { applyInboundText, type InboundHandling, isKeywordText, type OptOutType } from './inbound.actions.js';
import { findNumber, insertMessageOnce, recordWebhookEvent } from './messaging.repository.js';
import { loadWorkspaceMessaging, type WorkspaceMessaging } from './messaging.settings.js';
import type { PhoneNumberRow } from './messaging.table.js';
import { countSegments } from './segments.js';

export type { InboundHandling, OptOutType };

export interface InboundSms {
  provider: 'twilio' | 'sandbox';
  /** Twilio's MessageSid: a retried webhook carries the same one. */
  providerMessageId: string;
  from: string;
  /** One of our numbers: it names the workspace. */
  to: string;
  body: string;
  /** Set when Twilio's Advanced Opt-Out recognised a keyword and has already answered it. */
  optOutType?: OptOutType | undefined;
  /** Media attached (Twilio's NumMedia): more than none makes the message an MMS. */
  numMedia?: number | undefined;
}

export type InboundOutcome =
  | { status: 'dropped'; reason: 'unknown_number' | 'invalid_sender' }
  | { status: 'duplicate' }
  | {
      status: 'processed';
      workspaceId: string;
      messageId: string;
      leadId: string;
      contactId: string;
      conversationId: string;
      handled: InboundHandling;
      /** The keyword confirmation or help text queued in answer, if any. */
      replyMessageId: string | null;
    };

/** How a text is read for keywords and revocations: the detector, or a test's fixed reading. */
export type InboundClassifier = typeof classifyInbound;

/** How many times a text racing another from the same new person is retried before the job retries it. */
const RACE_ATTEMPTS = 3;

/**
 * Takes in one text from a lead: routes it to the workspace that owns the number, processes a provider
 * message id once, finds or creates the lead, stores the text, then applies carrier keywords and
 * opt-outs before anything else. Every write for the text commits in one transaction; the assistant's
 * answer is a job queued in it.
 */
export async function receiveInboundSms(
  ctx: AppContext,
  sms: InboundSms,
  classify: InboundClassifier = classifyInbound,
): Promise<InboundOutcome> {
  const log = ctx.logger.child({ category: 'messaging', provider: sms.provider });
  const number = await findNumber(ctx.db, sms.provider, sms.to);
  if (!number) {
    log.warn(
      { providerMessageId: sms.providerMessageId },
      'inbound text to a number of no workspace; dropped',
    );
    return { status: 'dropped', reason: 'unknown_number' };
  }
  const workspace = await loadWorkspaceMessaging(ctx.db, number.workspaceId);
  const sender = normalizePhone(sms.from, workspace.defaultRegion).e164;
  if (!sender) {
    // Short codes and alphanumeric senders cannot be answered or matched to a lead.
    log.warn({ providerMessageId: sms.providerMessageId }, 'inbound text from a sender that is not a phone');
    return { status: 'dropped', reason: 'invalid_sender' };
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await ctx.db
        .transaction()
        .execute((trx) => receiveInTransaction(trx, ctx, { sms, sender, number, workspace, classify }));
    } catch (error) {
      // Two first texts from the same new person at once: the loser finds the winner's contact next time.
      if (attempt < RACE_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

interface InboundProps {
  sms: InboundSms;
  /** The sender in E.164. */
  sender: string;
  number: PhoneNumberRow;
  workspace: WorkspaceMessaging;
  classify: InboundClassifier;
}

async function receiveInTransaction(trx: Trx, ctx: AppContext, props: InboundProps): Promise<InboundOutcome> {
  const { sms, sender, workspace } = props;
  const workspaceId = workspace.workspaceId;
  const now = ctx.clock.now();
  const fresh = await recordWebhookEvent(trx, {
    id: newId(now.getTime()),
    provider: sms.provider,
    eventKey: `sms:${sms.providerMessageId}`,
    workspaceId,
    kind: 'sms',
    receivedAt: now.toISOString(),
  });
  if (!fresh) return { status: 'duplicate' };

  const known = await lockContactByPhone(trx, workspaceId, sender);
  // Read once the lock is held: the ledger then lists this person's texts in the order they were applied.
  const at = ctx.clock.now();
  const messageId = newId(at.getTime());
  const optedOut = known
    ? await isOptedOut(trx, { workspaceId, contactId: known.id, channel: 'sms' })
    : false;
  const classification = props.classify(sms.body, { optedOut });
  const thread = known ? await threadOf(trx, known) : undefined;
  const { contact, lead, conversation } =
    thread ??
    (await startThread(trx, ctx, {
      ...props,
      known,
      messageId,
      at,
      inquiry: !isKeywordText(classification, sms.optOutType),
    }));

  const { encoding, segments } = countSegments(sms.body);
  await insertMessageOnce(trx, {
    id: messageId,
    workspaceId,
    leadId: lead.id,
    contactId: contact.id,
    conversationId: conversation.id,
    direction: 'inbound',
    author: 'lead',
    kind: 'inbound',
    purpose: 'conversational',
    body: sms.body,
    toNumber: sms.to,
    fromNumber: sender,
    status: 'received',
    provider: sms.provider,
    providerId: sms.providerMessageId,
    idempotencyKey: `inbound:${sms.provider}:${sms.providerMessageId}`,
    segments,
    encoding,
    errorCode: null,
    errorMessage: null,
    gateReason: null,
    sendAfter: null,
    attempts: 0,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    sentAt: null,
    deliveredAt: null,
  });
  await recordEvent(trx, {
    workspaceId,
    type: 'message.received',
    leadId: lead.id,
    subjectId: messageId,
    at: at.toISOString(),
  });
  // Twilio bills an MMS per message, its text included: one `mms_in`, and none of its text as segments.
  const mms = (sms.numMedia ?? 0) > 0;
  await recordUsage(trx, {
    workspaceId,
    unit: mms ? 'mms_in' : 'sms_segment_in',
    quantity: mms ? 1 : segments,
    key: `${mms ? 'mms_in' : 'sms_in'}:${sms.provider}:${sms.providerMessageId}`,
    messageId,
    leadId: lead.id,
    at: at.toISOString(),
  });

  const applied = await applyInboundText(trx, ctx, {
    workspace,
    contact,
    lead,
    conversation,
    messageId,
    body: sms.body,
    ourNumber: sms.to,
    classification,
    optedOut,
    optOutType: sms.optOutType,
    at,
  });
  return {
    status: 'processed',
    workspaceId,
    messageId,
    leadId: lead.id,
    contactId: contact.id,
    conversationId: conversation.id,
    ...applied,
  };
}

interface Thread {
  contact: ContactRow;
  lead: LeadRow;
  conversation: ConversationRow;
}

async function threadOf(trx: Trx, contact: ContactRow): Promise<Thread | undefined> {
  const lead = await findLeadByContact(trx, contact.workspaceId, contact.id);
  const conversation = lead ? await findConversationByLead(trx, contact.workspaceId, lead.id) : undefined;
  return lead && conversation ? { contact, lead, conversation } : undefined;
}

/**
 * A first text from someone new is an inquiry like a form: intake creates the contact, lead and
 * conversation and the first response. Texting us is consent to be answered about it, recorded as such;
 * a first text that is a keyword (STOP, HELP, "wrong number") is no inquiry: the lead is made without
 * consent and without an opener, and the keyword alone is answered.
 */
async function startThread(
  trx: Trx,
  ctx: AppContext,
  props: InboundProps & { known: ContactRow | undefined; messageId: string; at: Date; inquiry: boolean },
): Promise<Thread> {
  const { workspace, sms, known } = props;
  const inquiry = props.inquiry && !known;
  const received = await receiveLeadInTransaction(trx, ctx, {
    workspaceId: workspace.workspaceId,
    channel: 'sms',
    source: 'sms',
    phone: props.sender,
    message: sms.body,
    consent: inquiry
      ? {
          sms: true,
          disclosure: `Texted ${sms.to} first (inbound message ${props.messageId}): replies to their own text are expected`,
          disclosureVersion: 'implied-by-inbound-sms',
          capturedAt: props.at.toISOString(),
          source: 'provider',
        }
      : undefined,
    attemptFirstResponse: inquiry,
    keywordOnly: !props.inquiry,
    messageId: props.messageId,
  });
  const contact = await findContact(trx, workspace.workspaceId, received.contactId);
  const thread = contact ? await threadOf(trx, contact) : undefined;
  if (!thread) throw new Error('Intake did not create the thread for an inbound text');
  return thread;
}

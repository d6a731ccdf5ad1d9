import { currentConsent, latestGrant, recordConsent, revokeChannel } from '../consent/consent.service.js';
import type { ConsentChannel } from '../consent/consent.table.js';
import { recordGateDecision } from '../consent/gate.js';
import type { CarrierKeyword, InboundClassification, OptOutChannel } from '../consent/keywords.js';
import { conversationTurnJob } from '../conversations/turn.job.js';
import type { Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { updateConversation, updateLead } from '../leads/leads.repository.js';
import type { ContactRow, ConversationRow, LeadRow, LeadStage } from '../leads/leads.table.js';
import { handleAppointmentReply } from '../scheduling/index.js';
import { blockWaitingTexts } from './messaging.repository.js';
import { renderTemplate, type WorkspaceMessaging } from './messaging.settings.js';
import { queueOutbound } from './outbox.service.js';

/** What Twilio's Advanced Opt-Out put in `OptOutType` after answering the keyword itself. */
export type OptOutType = 'STOP' | 'START' | 'HELP';
export type InboundHandling = 'stop' | 'start' | 'help' | 'opt_out' | 'reply';

export interface InboundTextProps {
  workspace: WorkspaceMessaging;
  contact: ContactRow;
  lead: LeadRow;
  conversation: ConversationRow;
  /** The stored inbound message. */
  messageId: string;
  body: string;
  /** The number the lead texted: named in the help text when no support contact is set. */
  ourNumber: string;
  classification: InboundClassification;
  /** Whether the contact had opted out of texts before this one. */
  optedOut: boolean;
  optOutType: OptOutType | undefined;
  at: Date;
}

export interface InboundResult {
  handled: InboundHandling;
  replyMessageId: string | null;
}

const CHANNELS: Record<OptOutChannel, readonly ConsentChannel[]> = {
  sms: ['sms'],
  voice: ['voice'],
  all: ['sms', 'voice', 'email'],
};

const TWILIO_KEYWORDS: Record<OptOutType, CarrierKeyword> = { STOP: 'stop', START: 'start', HELP: 'help' };

/** Stages a reply moves on from: anything later was set by a person or the engine and stays. */
const ENGAGES: readonly LeadStage[] = ['new', 'contacted', 'nurture', 'lost'];

/**
 * Whether the text is a carrier keyword or a revocation of texts rather than something said to us. As a
 * first text it is no inquiry: it implies no consent and gets no opener.
 */
export function isKeywordText(
  classification: InboundClassification,
  optOutType: OptOutType | undefined,
): boolean {
  const optOut = classification.optOut;
  return (
    optOutType !== undefined ||
    classification.keyword !== null ||
    (optOut !== null && optOut.channel !== 'voice')
  );
}

/**
 * Keywords first: a revocation, in any words, wins over everything else in the text; then START and
 * HELP; only then is the text an ordinary reply. Runs inside the inbound text's transaction, which holds
 * the contact's lock, so the consent read here is not changed by another text of theirs until it commits.
 */
export async function applyInboundText(
  trx: Trx,
  ctx: AppContext,
  props: InboundTextProps,
): Promise<InboundResult> {
  const { classification, optOutType } = props;
  // Twilio's reading of a keyword wins: it has already acted on it (blocked or unblocked the number).
  const keyword = optOutType ? TWILIO_KEYWORDS[optOutType] : classification.keyword;
  const evidence = {
    inboundMessageId: props.messageId,
    receivedAt: props.at.toISOString(),
    ...(optOutType ? { optOutType } : {}),
  };
  let result: InboundResult;
  if (keyword === 'stop' || classification.optOut) {
    const channel = keyword === 'stop' ? 'sms' : (classification.optOut?.channel ?? 'sms');
    result = await optOut(trx, ctx, props, {
      channel,
      handled: keyword === 'stop' ? 'stop' : 'opt_out',
      evidence: { ...evidence, reason: classification.optOut?.reason ?? 'carrier_keyword' },
    });
  } else if (keyword === 'start') {
    await recordConsent(trx, {
      ...ledgerProps(props),
      channel: 'sms',
      purpose: 'conversational',
      action: 'granted',
      source: 'keyword',
      evidence,
    });
    await touchLead(trx, props, props.lead.stage === 'opted_out' ? 'engaged' : props.lead.stage);
    const reply = optOutType
      ? null
      : await sendKeywordReply(trx, ctx, props, props.workspace.settings.startTemplate);
    result = { handled: 'start', replyMessageId: reply };
  } else if (keyword === 'help') {
    await touchLead(trx, props, props.lead.stage);
    const reply = optOutType
      ? null
      : await sendKeywordReply(trx, ctx, props, props.workspace.settings.helpTemplate);
    result = { handled: 'help', replyMessageId: reply };
  } else {
    await ordinaryReply(trx, ctx, props, evidence);
    result = { handled: 'reply', replyMessageId: null };
  }
  await updateConversation(trx, props.workspace.workspaceId, props.conversation.id, {
    lastMessageAt: props.at.toISOString(),
    updatedAt: props.at.toISOString(),
  });
  return result;
}

async function optOut(
  trx: Trx,
  ctx: AppContext,
  props: InboundTextProps,
  revocation: { channel: OptOutChannel; handled: 'stop' | 'opt_out'; evidence: Record<string, unknown> },
): Promise<InboundResult> {
  const ended = await latestGrant(trx, { ...ledgerProps(props), channel: 'sms' });
  // Recorded whatever else is true of the contact (restricted, on the do-not-contact list): it is their word.
  for (const channel of CHANNELS[revocation.channel]) {
    await revokeChannel(trx, {
      ...ledgerProps(props),
      channel,
      source: 'keyword',
      evidence: revocation.evidence,
    });
  }
  if (revocation.channel === 'voice') {
    // "Don't call me" leaves texting open: the agent still needs to see the message.
    await ordinaryReply(trx, ctx, props, null);
    return { handled: 'opt_out', replyMessageId: null };
  }
  await blockWaiting(trx, props);
  await touchLead(trx, props, 'opted_out');
  // One confirmation per opt-out: not when Twilio already sent it, nor again to someone already out. The key
  // names the grant this revocation ends, so two revocations of the same grant can never both confirm.
  const confirm = !props.optOutType && !props.optedOut;
  const reply = confirm
    ? await sendKeywordReply(
        trx,
        ctx,
        props,
        props.workspace.settings.stopTemplate,
        `opt-out-confirmation:${props.contact.id}:${ended?.id ?? 'never-granted'}`,
      )
    : null;
  return { handled: revocation.handled, replyMessageId: reply };
}

/**
 * Texts already waiting stop with this commit, not when the dispatcher next asks the gate; each gets the
 * send-time decision the gate would have given it.
 */
async function blockWaiting(trx: Trx, props: InboundTextProps): Promise<void> {
  const ids = await blockWaitingTexts(trx, {
    workspaceId: props.workspace.workspaceId,
    contactId: props.contact.id,
    gateReason: 'opted_out',
    at: props.at,
  });
  for (const messageId of ids) {
    await recordGateDecision(trx, {
      workspaceId: props.workspace.workspaceId,
      contactId: props.contact.id,
      messageId,
      stage: 'send',
      decision: { outcome: 'blocked', reason: 'opted_out', details: { revokedBy: props.messageId } },
      at: props.at,
    });
  }
}

async function ordinaryReply(
  trx: Trx,
  ctx: AppContext,
  props: InboundTextProps,
  evidence: Record<string, unknown> | null,
): Promise<void> {
  const { workspace, lead } = props;
  if (evidence) {
    // Someone we hold no SMS consent for who texts us may be answered about what they wrote.
    const consent = await currentConsent(trx, {
      ...ledgerProps(props),
      channel: 'sms',
      purpose: 'conversational',
    });
    if (consent.status === 'none') {
      await recordConsent(trx, {
        ...ledgerProps(props),
        channel: 'sms',
        purpose: 'conversational',
        action: 'granted',
        source: 'provider',
        evidence,
      });
    }
  }
  await touchLead(trx, props, ENGAGES.includes(lead.stage) ? 'engaged' : lead.stage);
  // "C" / "confirm" to our reminder: scheduling answers it, and the assistant says nothing more.
  const appointmentReply = await handleAppointmentReply(ctx, {
    workspaceId: workspace.workspaceId,
    leadId: lead.id,
    body: props.body,
    db: trx,
  });
  if (appointmentReply.handled) return;
  // The assistant answers in a job of its own, queued with the stored text: a text that is stored always
  // gets its turn. A new lead's first text has just been answered by the first response; the turn still
  // takes in what it says, and answers a question in it.
  await enqueue(
    trx,
    conversationTurnJob.job(
      { workspaceId: workspace.workspaceId, leadId: lead.id, messageId: props.messageId },
      { uniqueKey: `conversations.turn:${props.messageId}` },
    ),
    ctx.clock,
  );
}

async function touchLead(trx: Trx, props: InboundTextProps, stage: LeadStage): Promise<void> {
  const at = props.at.toISOString();
  await updateLead(trx, props.workspace.workspaceId, props.lead.id, {
    stage,
    lastActivityAt: at,
    updatedAt: at,
  });
}

/** A keyword answer: owed to the lead whatever their consent, so the gate lets it through. */
async function sendKeywordReply(
  trx: Trx,
  ctx: AppContext,
  props: InboundTextProps,
  template: string,
  idempotencyKey = `keyword-reply:${props.messageId}`,
): Promise<string> {
  const { settings, workspaceName } = props.workspace;
  const body = renderTemplate(template, {
    businessName: settings.businessName ?? workspaceName,
    supportContact: settings.supportContact ?? props.ourNumber,
  });
  const { message } = await queueOutbound(trx, ctx, {
    workspace: props.workspace,
    contact: props.contact,
    leadId: props.lead.id,
    conversationId: props.conversation.id,
    body,
    kind: 'keyword_reply',
    purpose: 'transactional',
    author: 'system',
    directReply: true,
    idempotencyKey,
  });
  return message.id;
}

function ledgerProps(props: InboundTextProps) {
  return { workspaceId: props.workspace.workspaceId, contactId: props.contact.id, at: props.at };
}

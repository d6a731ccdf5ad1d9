import { currentConsent, latestGrant, recordConsent, revokeChannel } from '../consent/consent.service.js';
import type { ConsentChannel } from '../consent/consent.table.js';
import { recordGateDecision } from '../consent/gate.js';
import type { CarrierKeyword, InboundClassification, OptOutChannel } from '../consent/keywords.js';
import { standingTextFlag } from '../consent/possible-opt-outs.repository.js';
import { readProfile } from '../conversations/profile.js';
import { queueConversationTurn } from '../conversations/turn.queue.js';
import { languageOfText } from '../conversations/understanding/language.js';
import type { Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { updateConversation, updateLead } from '../leads/leads.repository.js';
import type { ContactRow, ConversationRow, LeadRow, LeadStage } from '../leads/leads.table.js';
import { handleAppointmentReply } from '../scheduling/index.js';
import {
  flagPossibleOptOut,
  possibleOptOutOf,
  releaseHeldTexts,
  settleByLead,
} from './inbound.possible-opt-out.js';
import { blockWaitingTexts } from './messaging.repository.js';
import {
  DEFAULT_MESSAGING_SETTINGS,
  renderTemplate,
  SPANISH_KEYWORD_TEXTS,
  type WorkspaceMessaging,
} from './messaging.settings.js';
import { queueOutbound } from './outbox.service.js';

/** What Twilio's Advanced Opt-Out put in `OptOutType` after answering the keyword itself. */
export type OptOutType = 'STOP' | 'START' | 'HELP';
export type InboundHandling = 'stop' | 'start' | 'help' | 'opt_out' | 'possible_opt_out' | 'reply';

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

/** What the keyword and revocation paths need of a text: the thread it belongs to, and when. */
type ThreadProps = Pick<
  InboundTextProps,
  'workspace' | 'contact' | 'lead' | 'conversation' | 'messageId' | 'ourNumber' | 'at'
> &
  Partial<Pick<InboundTextProps, 'body'>>;

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
    await resumeByLead(trx, ctx, props);
    const reply = optOutType ? null : await sendKeywordReply(trx, ctx, props, 'startTemplate');
    result = { handled: 'start', replyMessageId: reply };
  } else if (keyword === 'help') {
    // Asking who we are is writing back: the lead engaged, though nothing but the help text answers it.
    await touchLead(trx, props, ENGAGES.includes(props.lead.stage) ? 'engaged' : props.lead.stage);
    const reply = optOutType ? null : await sendKeywordReply(trx, ctx, props, 'helpTemplate');
    result = { handled: 'help', replyMessageId: reply };
  } else {
    // Maybe a revocation, maybe not: a person decides, and until then no automated text goes. The text is
    // still an ordinary reply in every other way (its turn runs; what the assistant says waits, held).
    const possible = possibleOptOutOf(classification);
    if (possible) {
      await flagPossibleOptOut(trx, ctx, {
        workspaceId: props.workspace.workspaceId,
        contact: props.contact,
        lead: props.lead,
        conversationId: props.conversation.id,
        messageId: props.messageId,
        reading: possible,
        source: 'detector',
        at: props.at,
      });
    }
    await ordinaryReply(trx, ctx, props, evidence);
    result = { handled: possible ? 'possible_opt_out' : 'reply', replyMessageId: null };
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
  const { replyMessageId } = await revokeAsLead(trx, ctx, { ...props, ...revocation });
  if (revocation.channel === 'voice') {
    // "Don't call me" leaves texting open: the agent still needs to see the message.
    await ordinaryReply(trx, ctx, props, null);
  }
  return { handled: revocation.handled, replyMessageId };
}

export interface RevocationProps extends ThreadProps, Pick<InboundTextProps, 'optedOut' | 'optOutType'> {
  channel: OptOutChannel;
  /** The ledger's evidence: the text that revoked, and how it was read. */
  evidence: Record<string, unknown>;
}

/**
 * A revocation in the lead's words, as STOP is applied: the ledger, texts waiting blocked, the lead opted
 * out, any possible opt-out it covers settled, and exactly one confirmation per revocation. Also the path
 * of a possible opt-out a person confirms, so the one-confirmation guarantee is the same for both. Runs in
 * a transaction that holds the contact's lock.
 */
export async function revokeAsLead(
  trx: Trx,
  ctx: AppContext,
  props: RevocationProps,
): Promise<{ replyMessageId: string | null }> {
  const revocation = props;
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
  await settleByLead(trx, {
    workspaceId: props.workspace.workspaceId,
    contactId: props.contact.id,
    conversationId: props.conversation.id,
    messageId: props.messageId,
    channel: revocation.channel,
    resolution: 'revoked_by_lead',
    at: props.at,
  });
  if (revocation.channel === 'voice') return { replyMessageId: null };
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
        'stopTemplate',
        `opt-out-confirmation:${props.contact.id}:${ended?.id ?? 'never-granted'}`,
      )
    : null;
  return { replyMessageId: reply };
}

/** START ends any doubt about texts; what was held for it goes to the dispatcher again. */
async function resumeByLead(trx: Trx, ctx: AppContext, props: InboundTextProps): Promise<void> {
  const workspaceId = props.workspace.workspaceId;
  const ended = await settleByLead(trx, {
    workspaceId,
    contactId: props.contact.id,
    conversationId: props.conversation.id,
    messageId: props.messageId,
    channel: 'sms',
    resolution: 'resumed_by_lead',
    at: props.at,
  });
  if (ended.length === 0 || (await standingTextFlag(trx, workspaceId, props.contact.id))) return;
  await releaseHeldTexts(trx, ctx, { workspaceId, contactId: props.contact.id, at: props.at });
}

/**
 * Texts already waiting stop with this commit, not when the dispatcher next asks the gate; each gets the
 * send-time decision the gate would have given it.
 */
async function blockWaiting(trx: Trx, props: ThreadProps): Promise<void> {
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
  // Texts sent together are answered once: see turn.queue.ts.
  await queueConversationTurn(trx, ctx.clock, {
    workspaceId: workspace.workspaceId,
    leadId: lead.id,
    conversationId: props.conversation.id,
    messageId: props.messageId,
    at: props.at,
  });
}

async function touchLead(trx: Trx, props: ThreadProps, stage: LeadStage): Promise<void> {
  const at = props.at.toISOString();
  await updateLead(trx, props.workspace.workspaceId, props.lead.id, {
    stage,
    lastActivityAt: at,
    updatedAt: at,
  });
}

/** A keyword answer: owed to the lead whatever their consent, so the gate lets it through. */
type KeywordTemplate = keyof typeof SPANISH_KEYWORD_TEXTS;

/**
 * The workspace's text for a keyword; to a lead who writes Spanish (this text, or the conversation so far),
 * its Spanish form while the workspace keeps the English default. A text the workspace wrote itself is sent
 * as written.
 */
function keywordText(props: ThreadProps, template: KeywordTemplate): string {
  const own = props.workspace.settings[template];
  if (own !== DEFAULT_MESSAGING_SETTINGS[template]) return own;
  const spanish =
    (props.body !== undefined && languageOfText(props.body) === 'es') ||
    readProfile(props.lead.profile).language === 'es';
  return spanish ? SPANISH_KEYWORD_TEXTS[template] : own;
}

async function sendKeywordReply(
  trx: Trx,
  ctx: AppContext,
  props: ThreadProps,
  template: KeywordTemplate,
  idempotencyKey = `keyword-reply:${props.messageId}`,
): Promise<string> {
  const { settings, workspaceName } = props.workspace;
  const body = renderTemplate(keywordText(props, template), {
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

function ledgerProps(props: ThreadProps) {
  return { workspaceId: props.workspace.workspaceId, contactId: props.contact.id, at: props.at };
}

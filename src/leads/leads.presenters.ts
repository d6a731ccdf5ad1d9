import { type ChannelConsent, deriveConsent } from '../consent/consent.service.js';
import type { ConsentEventRow } from '../consent/consent.table.js';
import type { HoldRule } from '../consent/gate.js';
import { PROFILE_FIELDS, type StoredProfile } from '../conversations/engine.types.js';
import { fromBool, fromJson } from '../db/schema.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import type { ReceivedLead } from './intake.service.js';
import { type LeadListItem, needsHuman } from './leads.repository.js';
import type {
  ConsentEvent,
  ConsentState,
  CreateLeadResponse,
  Inquiry,
  Lead,
  LeadSummary,
  Message,
} from './leads.schema.js';
import type { ContactRow, ConversationRow, InquiryRow, LeadRow } from './leads.table.js';

// The edge between rows and the API. Each presenter lists the fields it shows, so a new column
// never leaks by default.

const PREVIEW_LENGTH = 140;

export function receivedToResponse(received: ReceivedLead): CreateLeadResponse {
  return {
    leadId: received.leadId,
    contactId: received.contactId,
    conversationId: received.conversationId,
    inquiryId: received.inquiryId,
    merged: received.merged,
    phoneValid: received.phoneValid,
    firstResponse: received.firstResponse.status,
    firstResponseReason: received.firstResponse.reason,
    firstResponseMessageId: received.firstResponse.messageId ?? null,
  };
}

/** From the lead's arrival to `answeredAt`, our first text that went; null while none has. */
function secondsToAnswer(receivedAt: string, answeredAt: string | null): number | null {
  if (!answeredAt) return null;
  return Math.max(0, (new Date(answeredAt).getTime() - new Date(receivedAt).getTime()) / 1000);
}

function speedToLeadSeconds(lead: Pick<LeadRow, 'receivedAt' | 'firstResponseSentAt'>): number | null {
  return secondsToAnswer(lead.receivedAt, lead.firstResponseSentAt);
}

export function rowToLeadSummary(row: LeadListItem, last: MessageRow | undefined): LeadSummary {
  return {
    id: row.id,
    contactId: row.contactId,
    name: row.contactName,
    phone: row.contactPhone,
    email: row.contactEmail,
    source: row.source,
    leadType: row.leadType,
    stage: row.stage,
    score: row.score,
    assignedUserId: row.assignedUserId,
    assignedUserName: row.assignedUserName,
    needsHuman: needsHuman(row),
    assistantPaused: row.assistantPaused === 1,
    receivedAt: row.receivedAt,
    lastActivityAt: row.lastActivityAt,
    firstResponseSentAt: row.firstResponseSentAt,
    // Whichever text went first: the first response, or (when that was held) a reply or an agent's text.
    speedToLeadSeconds: secondsToAnswer(row.receivedAt, row.firstTextSentAt),
    lastMessage: last
      ? {
          direction: last.direction,
          status: last.status,
          preview: last.body.slice(0, PREVIEW_LENGTH),
          createdAt: last.createdAt,
        }
      : null,
  };
}

const asConsent = (c: ChannelConsent) => ({ status: c.status, since: c.since, source: c.source });

/** The current state, derived from the ledger the way the gate derives it. */
export function consentState(events: ConsentEventRow[]): ConsentState {
  const sms = events.filter((e) => e.channel === 'sms');
  return {
    sms: {
      conversational: asConsent(deriveConsent(sms, 'conversational')),
      marketing: asConsent(deriveConsent(sms, 'marketing')),
    },
    voice: asConsent(
      deriveConsent(
        events.filter((e) => e.channel === 'voice'),
        'conversational',
      ),
    ),
  };
}

export function rowToConsentEvent(row: ConsentEventRow): ConsentEvent {
  return {
    id: row.id,
    channel: row.channel,
    purpose: row.purpose,
    action: row.action,
    source: row.source,
    evidence: fromJson<Record<string, unknown> | null>(row.evidence) ?? {},
    createdAt: row.createdAt,
  };
}

function rowToInquiry(row: InquiryRow): Inquiry {
  return {
    id: row.id,
    source: row.source,
    channel: row.channel,
    message: row.message,
    property: fromJson<Inquiry['property']>(row.property) ?? null,
    leadType: row.leadType,
    startedFirstResponse: fromBool(row.startedFirstResponse),
    receivedAt: row.receivedAt,
  };
}

/** Where each known fact came from; the engine records the text behind every fact it learns. */
function profileSources(profile: StoredProfile): Lead['profileSources'] {
  const sources: Lead['profileSources'] = {};
  for (const field of PROFILE_FIELDS) {
    const source = profile.sources?.[field];
    if (profile[field] === undefined || !source) continue;
    // A fact only the language model read in the text (and the lead confirmed) is shown as the model's.
    const from = source.by === 'model' ? 'model' : 'message';
    sources[field] = { source: from, messageId: source.messageId, at: source.at };
  }
  return sources;
}

export interface LeadDetailRows {
  lead: LeadRow;
  contact: ContactRow;
  conversation: ConversationRow | undefined;
  inquiries: InquiryRow[];
  consentEvents: ConsentEventRow[];
  assignedUserName: string | null;
}

export function rowsToLead(rows: LeadDetailRows): Lead {
  const { lead, contact, conversation, inquiries, consentEvents } = rows;
  const profile = fromJson<StoredProfile | null>(lead.profile) ?? {};
  return {
    id: lead.id,
    contactId: lead.contactId,
    contact: {
      id: contact.id,
      name: contact.name,
      firstName: contact.firstName,
      phone: contact.phone,
      phoneValid: fromBool(contact.phoneValid),
      phoneRaw: contact.phoneRaw,
      email: contact.email,
      state: contact.state,
      zip: contact.zip,
      timezone: contact.timezone,
      restricted: contact.restrictedAt !== null,
    },
    source: lead.source,
    leadType: lead.leadType,
    stage: lead.stage,
    score: lead.score,
    profile: fromJson<Record<string, unknown> | null>(lead.profile) ?? {},
    tags: fromJson<string[] | null>(lead.tags) ?? [],
    assignedUserId: lead.assignedUserId,
    assignedUserName: rows.assignedUserName,
    needsHuman: conversation ? needsHuman(conversation) : false,
    assistantPaused: conversation ? fromBool(conversation.assistantPaused) : false,
    receivedAt: lead.receivedAt,
    firstResponseQueuedAt: lead.firstResponseQueuedAt,
    firstResponseSentAt: lead.firstResponseSentAt,
    speedToLeadSeconds: speedToLeadSeconds(lead),
    lastActivityAt: lead.lastActivityAt,
    conversation: conversation
      ? {
          id: conversation.id,
          assistantPaused: fromBool(conversation.assistantPaused),
          pausedReason: conversation.pausedReason,
        }
      : null,
    consent: consentState(consentEvents),
    inquiries: inquiries.map(rowToInquiry),
    profileSources: profileSources(profile),
    scoreFactors: (profile.scoreFactors ?? []).map((f) => ({
      code: f.code,
      label: f.label,
      points: f.points,
    })),
  };
}

/**
 * The gate's latest word is on the row: the dispatcher rewrites reason and deferral when it decides again.
 * The rule behind a hold comes from the gate's stored decision (`rule`), for held texts only.
 */
function gateOf(row: MessageRow, rule: HoldRule | null): Message['gate'] {
  if (row.direction === 'inbound' || row.gateReason === null) return null;
  const outcome = row.status === 'blocked' ? 'blocked' : row.status === 'deferred' ? 'deferred' : 'allowed';
  return {
    outcome,
    reason: row.gateReason,
    deferUntil: outcome === 'deferred' ? row.sendAfter : null,
    ...(outcome === 'deferred' && rule && { rule }),
  };
}

export function rowToMessage(row: MessageRow, rule: HoldRule | null = null): Message {
  return {
    id: row.id,
    direction: row.direction,
    author: row.author,
    kind: row.kind,
    status: row.status,
    body: row.body,
    segments: row.segments,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    deliveredAt: row.deliveredAt,
    errorCode: row.errorCode,
    gate: gateOf(row, rule),
  };
}

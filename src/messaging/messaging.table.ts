import type { Insertable, Selectable, Updateable } from 'kysely';

export type MessageDirection = 'inbound' | 'outbound';
export type MessageAuthor = 'lead' | 'assistant' | 'agent' | 'system';
export type MessageStatus =
  | 'received'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'blocked'
  | 'deferred';

/** The outbox and the thread at once: every text in or out is a row. */
export interface MessagesTable {
  id: string;
  workspaceId: string;
  leadId: string;
  contactId: string;
  conversationId: string;
  direction: MessageDirection;
  author: MessageAuthor;
  /** What kind of automated text this is, for the gate and caps: first_response, reply, follow_up, keyword... */
  kind: string;
  purpose: 'conversational' | 'marketing' | 'transactional';
  body: string;
  toNumber: string | null;
  fromNumber: string | null;
  status: MessageStatus;
  provider: 'twilio' | 'sandbox' | null;
  providerId: string | null;
  /** Unique: the same logical send is never made twice. */
  idempotencyKey: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
  errorCode: string | null;
  errorMessage: string | null;
  gateReason: string | null;
  sendAfter: string | null;
  attempts: number;
  /** When the first send attempt began: a text the provider created before it is not this message's. */
  firstAttemptAt: string | null;
  /** When the current attempt began; an unknown outcome is re-checked on a schedule counted from here. */
  attemptStartedAt: string | null;
  /** Why a person must look at this message (an ambiguous reconciliation, a provider id another row held). */
  reviewReason: 'ambiguous_match' | 'duplicate_provider_id' | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
}

/** Provider callbacks already seen, so a retried webhook is processed once. */
export interface WebhookEventsTable {
  id: string;
  provider: 'twilio' | 'sandbox';
  eventKey: string;
  workspaceId: string | null;
  kind: 'sms' | 'status' | 'voice';
  receivedAt: string;
}

/** A number a workspace texts from; inbound texts to it are routed to that workspace. */
export interface PhoneNumbersTable {
  id: string;
  workspaceId: string;
  number: string;
  provider: 'twilio' | 'sandbox';
  messagingServiceSid: string | null;
  isDefault: number;
  createdAt: string;
}

/** Messages to the team about a lead: a reply that needs a human, a lead that cannot be texted... */
export interface NotificationsTable {
  id: string;
  workspaceId: string;
  userId: string | null;
  leadId: string | null;
  kind: string;
  /** How it reached the team: 'both' when the text and the email went out, 'several' for other mixes. */
  channel: 'sms' | 'email' | 'push' | 'both' | 'several' | 'log';
  subject: string;
  body: string;
  status: 'pending' | 'sent' | 'failed' | 'logged';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type MessageRow = Selectable<MessagesTable>;
export type NewMessageRow = Insertable<MessagesTable>;
export type MessageRowUpdate = Updateable<MessagesTable>;
export type PhoneNumberRow = Selectable<PhoneNumbersTable>;
export type NotificationRow = Selectable<NotificationsTable>;

import type { Insertable, Selectable, Updateable } from 'kysely';

/** A person in a workspace, found again by phone or email: the same phone or email is the same contact. */
export interface ContactsTable {
  id: string;
  workspaceId: string;
  name: string | null;
  firstName: string | null;
  /** E.164 when the number parsed; null otherwise (the raw text stays in phoneRaw, flagged invalid). */
  phone: string | null;
  phoneRaw: string | null;
  phoneValid: number;
  email: string | null;
  /** Where the lead lives or wants to be reached: used for quiet hours. */
  state: string | null;
  zip: string | null;
  timezone: string | null;
  /** Set while a privacy request restricts processing: no messages, no calls, no AI. */
  restrictedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const LEAD_STAGES = [
  'new',
  'contacted',
  'engaged',
  'qualified',
  'appointment',
  'handed_off',
  'nurture',
  'lost',
  'opted_out',
] as const;

export type LeadStage = (typeof LEAD_STAGES)[number];

export type LeadType = 'buyer' | 'seller' | 'renter';

/** The opportunity: one per contact, gathering every inquiry the contact makes. */
export interface LeadsTable {
  id: string;
  workspaceId: string;
  contactId: string;
  source: string;
  leadType: LeadType | null;
  stage: LeadStage;
  score: number;
  /** JSON: what the conversation has learned (buy/sell, timeline, budget, ...). */
  profile: unknown;
  tags: unknown;
  assignedUserId: string | null;
  receivedAt: string;
  lastInquiryAt: string;
  firstResponseQueuedAt: string | null;
  firstResponseSentAt: string | null;
  lastActivityAt: string;
  createdAt: string;
  updatedAt: string;
}

/** One submission from a source (form, API, import, inbound text): the lead's timeline. */
export interface InquiriesTable {
  id: string;
  workspaceId: string;
  leadId: string;
  contactId: string;
  source: string;
  channel: 'api' | 'form' | 'import' | 'sms' | 'voice' | 'email';
  message: string | null;
  /** JSON: address, city, state, zip, mlsNumber, price, url. */
  property: unknown;
  leadType: LeadType | null;
  /** True when this inquiry started (or restarted, after 24 hours) a first response. */
  startedFirstResponse: number;
  receivedAt: string;
}

export interface ConversationsTable {
  id: string;
  workspaceId: string;
  leadId: string;
  contactId: string;
  channel: 'sms';
  /** 1 while an agent has taken over; the assistant says nothing until resumed. */
  assistantPaused: number;
  pausedReason: string | null;
  lastMessageAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ContactRow = Selectable<ContactsTable>;
export type NewContactRow = Insertable<ContactsTable>;
export type ContactRowUpdate = Updateable<ContactsTable>;
export type LeadRow = Selectable<LeadsTable>;
export type NewLeadRow = Insertable<LeadsTable>;
export type LeadRowUpdate = Updateable<LeadsTable>;
export type InquiryRow = Selectable<InquiriesTable>;
export type ConversationRow = Selectable<ConversationsTable>;

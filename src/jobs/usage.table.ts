import type { Selectable } from 'kysely';

/** What the service counts; one event per unit of this kind, with its quantity. */
export const USAGE_UNITS = [
  'sms_segment_out',
  'sms_segment_in',
  'mms_out',
  'mms_in',
  'voice_minute',
  'llm_tokens_in',
  'llm_tokens_out',
  'lead_received',
  'email_sent',
] as const;

export type UsageUnit = (typeof USAGE_UNITS)[number];

export interface UsageEventsTable {
  id: string;
  workspaceId: string;
  unit: UsageUnit;
  quantity: number;
  occurredAt: string;
  /** `YYYY-MM-DD` in the workspace's zone when it happened. */
  day: string;
  /** Derived from the cause (`sms_out:<messageId>`): a retry or a repeated webhook records nothing more. */
  idempotencyKey: string;
  messageId: string | null;
  callId: string | null;
  leadId: string | null;
  /** The model for token units; empty otherwise. */
  model: string;
  /** Millionths of `providerPriceCurrency`, as the provider reported it (a positive cost). */
  providerPriceMicros: number | null;
  providerPriceCurrency: string | null;
  createdAt: string;
  /** When Stripe took the event as a meter event; null until then, or when the workspace is not on Stripe. */
  meterPushedAt: string | null;
}

export interface UsageDailyTable {
  workspaceId: string;
  day: string;
  unit: UsageUnit;
  model: string;
  quantity: number;
  /** Sum of the provider prices reported so far, in millionths. */
  costMicros: number;
  updatedAt: string;
}

export interface UsageReconciliationsTable {
  id: string;
  workspaceId: string;
  day: string;
  unit: UsageUnit;
  ours: number;
  provider: number;
  difference: number;
  checkedAt: string;
}

export type UsageEventRow = Selectable<UsageEventsTable>;
export type UsageDailyRow = Selectable<UsageDailyTable>;
export type UsageReconciliationRow = Selectable<UsageReconciliationsTable>;

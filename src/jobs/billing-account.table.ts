import type { Selectable } from 'kysely';
import type { UsageUnit } from './usage.table.js';

/**
 * How a workspace is billed. Defined beside the usage recorder because the recorder charges each unit
 * in the transaction that records it, and the gate reads the standing; billing/ owns the writes of terms.
 */
export type BillingMode = 'plan' | 'wallet';

/** From Stripe's subscription and invoices; `active` when Stripe is not used. */
export type BillingStatus = 'active' | 'past_due' | 'unpaid' | 'canceled';

export type UnitAmounts = Partial<Record<UsageUnit, number>>;

export interface BillingAccountsTable {
  workspaceId: string;
  mode: BillingMode;
  /** ISO 4217, upper case. */
  currency: string;
  /** JSON `UnitAmounts`: units a month the plan includes (plan only). */
  includedUnits: unknown;
  /** JSON `UnitAmounts`: millionths of the currency per unit beyond what is included (every unit for a wallet). */
  unitPrices: unknown;
  /** The agency's markup on the price, in hundredths of a percent (2500 = 25%). */
  markupBps: number;
  /** The most the month may cost beyond the included units; null for no limit (plan only). */
  hardLimitMicros: number | null;
  /** `YYYY-MM` in the workspace's zone that `periodChargeMicros` counts. */
  period: string;
  periodChargeMicros: number;
  walletBalanceMicros: number;
  rechargeThresholdMicros: number | null;
  rechargeAmountMicros: number | null;
  /** Counts recharges asked of Stripe, so each has its own idempotency key. */
  rechargeSeq: number;
  status: BillingStatus;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** 80% and 100% of the limit, a low and an empty wallet: each told once a period. */
export type BillingAlertLevel = 'limit_80' | 'limit_100' | 'wallet_low' | 'wallet_empty';

export interface BillingAlertsTable {
  id: string;
  workspaceId: string;
  period: string;
  level: BillingAlertLevel;
  createdAt: string;
}

export interface StripeEventsTable {
  id: string;
  type: string;
  workspaceId: string | null;
  receivedAt: string;
}

export type BillingAccountRow = Selectable<BillingAccountsTable>;
export type BillingAlertRow = Selectable<BillingAlertsTable>;

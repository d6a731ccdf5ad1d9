import type { DbOrTrx } from '../db/database.js';
import { billingStanding } from '../jobs/billing-standing.js';
import type { HoldRule } from './gate.conversation.js';
import type { GateDecision, GateInput } from './gate.js';

export const BILLING_LIMIT = 'billing_limit';

const LIMIT_RULE: HoldRule = {
  code: BILLING_LIMIT,
  label: "the workspace's monthly spending limit",
  state: null,
  citation: null,
  sendAnyway: false,
};

const CREDIT_RULE: HoldRule = { ...LIMIT_RULE, label: "the workspace's prepaid credit" };

const PAYMENT_RULE: HoldRule = { ...LIMIT_RULE, label: "the workspace's overdue payment" };

/**
 * Automated sends wait while the workspace is over its month's hard limit (until the month turns, or the
 * limit is raised), out of prepaid credit (until it is topped up) or behind on its Stripe payments (until
 * the subscription is active again). Keyword answers and a person's own
 * texts never reach this check. Held, never dropped.
 */
export async function holdForBillingLimit(
  db: DbOrTrx,
  input: Pick<GateInput, 'workspaceId' | 'now' | 'workspaceTimezone'>,
): Promise<GateDecision | null> {
  const standing = await billingStanding(db, {
    workspaceId: input.workspaceId,
    now: input.now,
    zone: input.workspaceTimezone,
  });
  if (!standing.held) return null;
  if (standing.reason === 'payment_overdue') {
    const rule = PAYMENT_RULE;
    return {
      outcome: 'deferred',
      reason: BILLING_LIMIT,
      rule,
      details: { rule, billingStatus: standing.status },
    };
  }
  if (standing.reason === 'out_of_credit') {
    const rule = CREDIT_RULE;
    return { outcome: 'deferred', reason: BILLING_LIMIT, rule, details: { rule, wallet: 'empty' } };
  }
  const rule = LIMIT_RULE;
  return {
    outcome: 'deferred',
    reason: BILLING_LIMIT,
    deferUntil: standing.until,
    rule,
    details: { rule, period: standing.period, limitMicros: standing.limitMicros },
  };
}

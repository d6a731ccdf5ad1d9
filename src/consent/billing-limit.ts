import type { DbOrTrx } from '../db/database.js';
import { standingOf } from '../jobs/billing-standing.js';
import type { HoldRule } from './gate.conversation.js';
import type { GateDecision, GateInput } from './gate.js';

export const BILLING_LIMIT = 'billing_limit';

/** The gate's reason while the platform operator has suspended the workspace. */
export const WORKSPACE_SUSPENDED = 'workspace_suspended';

const LIMIT_RULE: HoldRule = {
  code: BILLING_LIMIT,
  label: "the workspace's monthly spending limit",
  state: null,
  citation: null,
  sendAnyway: false,
};

const CREDIT_RULE: HoldRule = { ...LIMIT_RULE, label: "the workspace's prepaid credit" };

const PAYMENT_RULE: HoldRule = { ...LIMIT_RULE, label: "the workspace's overdue payment" };

const SUSPENDED_RULE: HoldRule = {
  ...LIMIT_RULE,
  code: WORKSPACE_SUSPENDED,
  label: 'the workspace is suspended by the platform operator',
};

/**
 * The workspace's standing with the platform, in one read by primary key. Automated sends wait while the
 * operator has suspended the workspace (until it is resumed), while it is over its month's hard limit (until
 * the month turns, or the limit is raised), out of prepaid credit (until it is topped up) or behind on its
 * Stripe payments (until the subscription is active again). Keyword answers and a person's own texts never
 * reach this check. Held, never dropped.
 */
export async function holdForBillingLimit(
  db: DbOrTrx,
  input: Pick<GateInput, 'workspaceId' | 'now' | 'workspaceTimezone'>,
): Promise<GateDecision | null> {
  const row = await db
    .selectFrom('workspaces')
    .leftJoin('billingAccounts', 'billingAccounts.workspaceId', 'workspaces.id')
    .select([
      'workspaces.status as workspaceStatus',
      'billingAccounts.mode',
      'billingAccounts.period',
      'billingAccounts.periodChargeMicros',
      'billingAccounts.hardLimitMicros',
      'billingAccounts.walletBalanceMicros',
      'billingAccounts.status',
    ])
    .where('workspaces.id', '=', input.workspaceId)
    .executeTakeFirst();
  if (row?.workspaceStatus === 'suspended') {
    const rule = SUSPENDED_RULE;
    return { outcome: 'deferred', reason: WORKSPACE_SUSPENDED, rule, details: { rule } };
  }
  const { mode, period, periodChargeMicros, walletBalanceMicros, status } = row ?? {};
  const account =
    mode && period && status
      ? {
          mode,
          period,
          periodChargeMicros: periodChargeMicros ?? 0,
          hardLimitMicros: row?.hardLimitMicros ?? null,
          walletBalanceMicros: walletBalanceMicros ?? 0,
          status,
        }
      : undefined;
  const standing = standingOf(account, { now: input.now, zone: input.workspaceTimezone });
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

import type { DbOrTrx } from '../db/database.js';
import { firstRow, prepared } from '../db/prepared.js';
import type { BillingAccountRow, BillingStatus } from './billing-account.table.js';
import { nextPeriodStart, periodAt } from './usage.charge.js';

/**
 * Whether automated sends may spend: over the month's hard limit, out of prepaid credit, or while Stripe
 * reports the subscription's payment overdue, they wait.
 */
export type BillingStanding =
  | { held: false }
  | {
      held: true;
      reason: 'over_limit';
      until: Date;
      period: string;
      limitMicros: number;
      spentMicros: number;
    }
  | { held: true; reason: 'out_of_credit'; balanceMicros: number }
  | { held: true; reason: 'payment_overdue'; status: BillingStatus };

/** Stripe's statuses that hold sends until an invoice is paid (or the subscription is active again). */
export const OVERDUE_STATUSES: ReadonlySet<BillingStatus> = new Set(['past_due', 'unpaid']);

/** The columns the standing is read from, for callers that read the account in a wider query. */
export type StandingAccount = Pick<
  BillingAccountRow,
  'mode' | 'period' | 'periodChargeMicros' | 'hardLimitMicros' | 'walletBalanceMicros' | 'status'
>;

/** One read by primary key: the gate asks this for every automated send. */
export async function billingStanding(
  db: DbOrTrx,
  props: { workspaceId: string; now: Date; zone: string },
): Promise<BillingStanding> {
  const account = await firstRow(standingAccount(db, { workspaceId: props.workspaceId }));
  return standingOf(account, props);
}

const standingAccount = prepared((db, p: { workspaceId: string }) =>
  db
    .selectFrom('billingAccounts')
    .select(['mode', 'period', 'periodChargeMicros', 'hardLimitMicros', 'walletBalanceMicros', 'status'])
    .where('workspaceId', '=', p.workspaceId),
);

export function standingOf(
  account: StandingAccount | undefined,
  props: { now: Date; zone: string },
): BillingStanding {
  if (!account) return { held: false };
  if (OVERDUE_STATUSES.has(account.status)) {
    return { held: true, reason: 'payment_overdue', status: account.status };
  }
  if (account.mode === 'wallet') {
    const balance = Number(account.walletBalanceMicros);
    return balance > 0 ? { held: false } : { held: true, reason: 'out_of_credit', balanceMicros: balance };
  }
  if (account.hardLimitMicros === null) return { held: false };
  const period = periodAt(props.now, props.zone);
  const spent = account.period === period ? Number(account.periodChargeMicros) : 0;
  const limit = Number(account.hardLimitMicros);
  if (spent < limit) return { held: false };
  return {
    held: true,
    reason: 'over_limit',
    until: nextPeriodStart(period, props.zone),
    period,
    limitMicros: limit,
    spentMicros: spent,
  };
}

import type { DbOrTrx } from '../db/database.js';
import { nextPeriodStart, periodAt } from './usage.charge.js';

/** Whether automated sends may spend: over the month's hard limit, or out of prepaid credit, they wait. */
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
  | { held: true; reason: 'out_of_credit'; balanceMicros: number };

/** One read by primary key: the gate asks this for every automated send. */
export async function billingStanding(
  db: DbOrTrx,
  props: { workspaceId: string; now: Date; zone: string },
): Promise<BillingStanding> {
  const account = await db
    .selectFrom('billingAccounts')
    .select(['mode', 'period', 'periodChargeMicros', 'hardLimitMicros', 'walletBalanceMicros'])
    .where('workspaceId', '=', props.workspaceId)
    .executeTakeFirst();
  if (!account) return { held: false };
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

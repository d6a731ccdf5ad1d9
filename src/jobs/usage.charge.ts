import { DateTime } from 'luxon';
import type { DbOrTrx } from '../db/database.js';
import { sql } from '../db/migration-helpers.js';
import { firstRow, prepared } from '../db/prepared.js';
import { fromJson, toJson } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import type { BillingAccountRow, BillingAlertLevel, UnitAmounts } from './billing-account.table.js';
import { enqueue } from './jobs.service.js';
import type { UsageUnit } from './usage.table.js';

const chargedAccount = prepared((db, p: { workspaceId: string }) =>
  db.selectFrom('billingAccounts').selectAll().where('workspaceId', '=', p.workspaceId),
);

/** Jobs defined in billing/, queued here in the transaction that crossed the line. */
export const BILLING_ALERT_JOB = 'billing.alert';
export const WALLET_RECHARGE_JOB = 'billing.wallet-recharge';

/** The share of the hard limit at which the admins are first told. */
const WARN_SHARE = 0.8;

/**
 * Per-unit amounts are stored as `[unit, amount]` pairs, not an object: PostgreSQL hands jsonb back through
 * the camel-case plugin, which would rename an object's keys (`lead_received` to `leadReceived`).
 */
export const unitAmountsJson = (amounts: UnitAmounts): string => toJson(Object.entries(amounts));

export function readUnitAmounts(value: unknown): UnitAmounts {
  const parsed = fromJson<unknown>(value ?? '[]');
  return Array.isArray(parsed) ? (Object.fromEntries(parsed) as UnitAmounts) : {};
}

export function unitAmount(amounts: unknown, unit: UsageUnit): number {
  const value = readUnitAmounts(amounts)[unit];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}

/** Price of `quantity` units with the agency's markup, in millionths, rounded once. */
export function priceWithMarkup(quantity: number, unitPriceMicros: number, markupBps: number): number {
  return Math.round((quantity * unitPriceMicros * (10_000 + markupBps)) / 10_000);
}

/** `YYYY-MM` of an instant in a zone: the billing month. */
export function periodAt(at: Date, zone: string): string {
  const local = DateTime.fromJSDate(at, { zone: 'utc' }).setZone(zone);
  return (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'utc' })).toFormat('yyyy-MM');
}

/** The first instant of the month after `period` in the zone. */
export function nextPeriodStart(period: string, zone: string): Date {
  const start = DateTime.fromFormat(period, 'yyyy-MM', { zone });
  const base = start.isValid ? start : DateTime.fromFormat(period, 'yyyy-MM', { zone: 'utc' });
  return base.plus({ months: 1 }).toJSDate();
}

/** Units of `unit` the workspace used in the month so far, from the daily totals. */
export async function periodQuantity(
  db: DbOrTrx,
  workspaceId: string,
  unit: UsageUnit,
  period: string,
): Promise<number> {
  const row = await db
    .selectFrom('usageDaily')
    .select((eb) => eb.fn.sum<number>('quantity').as('quantity'))
    .where('workspaceId', '=', workspaceId)
    .where('unit', '=', unit)
    .where('day', '>=', `${period}-01`)
    .where('day', '<=', `${period}-31`)
    .executeTakeFirst();
  return Number(row?.quantity ?? 0);
}

export interface UsageCharge {
  workspaceId: string;
  unit: UsageUnit;
  quantity: number;
  /** The workspace's day of the usage, `YYYY-MM-DD`. */
  day: string;
  at: string;
}

/**
 * Prices a unit just recorded and charges it to the workspace's account in the same transaction: a plan's
 * month grows by what lies beyond the included units, a wallet is drawn down by every unit. Called before
 * the unit joins the day's total. Crossing a line queues the alert (once a period) or the recharge.
 */
export async function chargeUsage(db: DbOrTrx, usage: UsageCharge): Promise<void> {
  const account = await firstRow(chargedAccount(db, { workspaceId: usage.workspaceId }));
  if (!account) return;
  const period = usage.day.slice(0, 7);
  // Late usage of a month already closed is on that month's invoice, not in this month's running charge.
  if (period < account.period) return;
  const price = unitAmount(account.unitPrices, usage.unit);
  if (price === 0) return;
  let billable = usage.quantity;
  const included = account.mode === 'plan' ? unitAmount(account.includedUnits, usage.unit) : 0;
  if (included > 0) {
    const before = await periodQuantity(db, usage.workspaceId, usage.unit, period);
    billable = Math.max(0, before + usage.quantity - included) - Math.max(0, before - included);
  }
  const charge = priceWithMarkup(billable, price, account.markupBps);
  if (charge <= 0) return;
  const updated = await db
    .updateTable('billingAccounts')
    .set({
      periodChargeMicros: sql<number>`case when period = ${period} then period_charge_micros + ${charge} else ${charge} end`,
      period,
      ...(account.mode === 'wallet' && {
        walletBalanceMicros: sql<number>`wallet_balance_micros - ${charge}`,
      }),
      updatedAt: usage.at,
    })
    .where('workspaceId', '=', usage.workspaceId)
    .returningAll()
    .executeTakeFirst();
  if (updated) await reactToCharge(db, updated, usage.at);
}

/** The alerts and the recharge a charge calls for; also run when the terms change. */
export async function reactToCharge(db: DbOrTrx, account: BillingAccountRow, at: string): Promise<void> {
  const levels: BillingAlertLevel[] = [];
  if (account.mode === 'plan') {
    const limit = account.hardLimitMicros === null ? null : Number(account.hardLimitMicros);
    const spent = Number(account.periodChargeMicros);
    if (limit !== null && spent >= limit * WARN_SHARE) levels.push('limit_80');
    if (limit !== null && spent >= limit) levels.push('limit_100');
  } else {
    const balance = Number(account.walletBalanceMicros);
    const threshold =
      account.rechargeThresholdMicros === null ? null : Number(account.rechargeThresholdMicros);
    if (threshold !== null && balance <= threshold) {
      levels.push('wallet_low');
      if (account.rechargeAmountMicros && account.stripeCustomerId) {
        await enqueue(
          db,
          {
            name: WALLET_RECHARGE_JOB,
            workspaceId: account.workspaceId,
            payload: { workspaceId: account.workspaceId, seq: account.rechargeSeq },
            uniqueKey: `${WALLET_RECHARGE_JOB}:${account.workspaceId}:${account.rechargeSeq}`,
            runAt: new Date(at),
            maxAttempts: 5,
          },
          { now: () => new Date(at) },
        );
      }
    }
    if (balance <= 0) levels.push('wallet_empty');
  }
  for (const level of levels)
    await raiseAlert(db, { workspaceId: account.workspaceId, period: account.period, level, at });
}

async function raiseAlert(
  db: DbOrTrx,
  props: { workspaceId: string; period: string; level: BillingAlertLevel; at: string },
): Promise<void> {
  const inserted = await db
    .insertInto('billingAlerts')
    .values({
      id: newId(Date.parse(props.at)),
      workspaceId: props.workspaceId,
      period: props.period,
      level: props.level,
      createdAt: props.at,
    })
    .onConflict((oc) => oc.columns(['workspaceId', 'period', 'level']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return;
  await enqueue(
    db,
    {
      name: BILLING_ALERT_JOB,
      workspaceId: props.workspaceId,
      payload: { workspaceId: props.workspaceId, alertId: inserted.id },
      uniqueKey: `${BILLING_ALERT_JOB}:${inserted.id}`,
      runAt: new Date(props.at),
    },
    { now: () => new Date(props.at) },
  );
}

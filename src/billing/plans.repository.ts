import type { DbOrTrx } from '../db/database.js';
import { sql } from '../db/migration-helpers.js';
import type { BillingAccountRow, BillingAccountsTable } from '../jobs/billing-account.table.js';

export function findBillingAccount(db: DbOrTrx, workspaceId: string): Promise<BillingAccountRow | undefined> {
  return db
    .selectFrom('billingAccounts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
}

export function findBillingAccountByCustomer(
  db: DbOrTrx,
  customerId: string,
): Promise<BillingAccountRow | undefined> {
  return db
    .selectFrom('billingAccounts')
    .selectAll()
    .where('stripeCustomerId', '=', customerId)
    .executeTakeFirst();
}

/** Inserts the account or replaces its terms; the running charge, balance and Stripe ids are kept. */
export async function upsertBillingTerms(
  db: DbOrTrx,
  row: Omit<
    BillingAccountsTable,
    'walletBalanceMicros' | 'rechargeSeq' | 'status' | 'stripeCustomerId' | 'stripeSubscriptionId'
  >,
): Promise<BillingAccountRow> {
  const { workspaceId, createdAt, ...terms } = row;
  return db
    .insertInto('billingAccounts')
    .values({
      ...row,
      walletBalanceMicros: 0,
      rechargeSeq: 0,
      status: 'active',
      stripeCustomerId: null,
      stripeSubscriptionId: null,
    })
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet(terms))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Adds to the wallet (a top-up or a recharge) and opens the next recharge. */
export function addToWallet(
  db: DbOrTrx,
  props: { workspaceId: string; amountMicros: number; at: string },
): Promise<BillingAccountRow | undefined> {
  return db
    .updateTable('billingAccounts')
    .set({
      walletBalanceMicros: sql<number>`wallet_balance_micros + ${props.amountMicros}`,
      rechargeSeq: sql<number>`recharge_seq + 1`,
      updatedAt: props.at,
    })
    .where('workspaceId', '=', props.workspaceId)
    .returningAll()
    .executeTakeFirst();
}

export function updateBillingAccount(
  db: DbOrTrx,
  workspaceId: string,
  changes: Partial<
    Pick<BillingAccountsTable, 'status' | 'stripeCustomerId' | 'stripeSubscriptionId' | 'updatedAt'>
  >,
): Promise<BillingAccountRow | undefined> {
  return db
    .updateTable('billingAccounts')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .returningAll()
    .executeTakeFirst();
}

export function listBillingAlerts(db: DbOrTrx, props: { workspaceId?: string | undefined; limit: number }) {
  let query = db.selectFrom('billingAlerts').selectAll().orderBy('id', 'desc').limit(props.limit);
  if (props.workspaceId) query = query.where('workspaceId', '=', props.workspaceId);
  return query.execute();
}

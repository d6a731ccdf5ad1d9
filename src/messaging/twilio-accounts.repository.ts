import type { DbOrTrx } from '../db/database.js';
import type { TwilioAccountRow } from './twilio-accounts.table.js';

export function listAccountHolders(db: DbOrTrx, accountSid: string): Promise<TwilioAccountRow[]> {
  return db.selectFrom('twilioAccounts').selectAll().where('accountSid', '=', accountSid).execute();
}

export async function holdsAccount(db: DbOrTrx, accountSid: string, workspaceId: string): Promise<boolean> {
  const row = await db
    .selectFrom('twilioAccounts')
    .select('workspaceId')
    .where('accountSid', '=', accountSid)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Throws a unique violation when another workspace has claimed the account meanwhile. */
export async function insertAccountHolder(db: DbOrTrx, row: TwilioAccountRow): Promise<boolean> {
  const result = await db
    .insertInto('twilioAccounts')
    .values(row)
    .onConflict((oc) => oc.columns(['accountSid', 'workspaceId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Deletes the workspace's hold on the account; `claimOnly` keeps an operator's link. */
export async function deleteAccountHolder(
  db: DbOrTrx,
  props: { accountSid: string; workspaceId: string; claimOnly: boolean },
): Promise<boolean> {
  let query = db
    .deleteFrom('twilioAccounts')
    .where('accountSid', '=', props.accountSid)
    .where('workspaceId', '=', props.workspaceId);
  if (props.claimOnly) query = query.where('linkedBy', 'is', null);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

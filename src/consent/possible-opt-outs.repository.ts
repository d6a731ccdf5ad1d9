import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../db/database.js';
import type { OptOutChannel } from './keywords.js';
import type {
  PossibleOptOutResolution,
  PossibleOptOutRow,
  PossibleOptOutsTable,
} from './possible-opt-outs.table.js';

/** Channels whose flag holds texts: a doubt about calls alone leaves texting as it was. */
export const TEXT_CHANNELS: readonly OptOutChannel[] = ['sms', 'all'];

/** Records a flag once per text; false when the text had already raised one. */
export async function insertPossibleOptOut(
  db: DbOrTrx,
  row: Insertable<PossibleOptOutsTable>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('possibleOptOuts')
    .values(row)
    .onConflict((oc) => oc.columns(['workspaceId', 'messageId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The contact's flags still standing, newest first. */
export function standingFlags(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
): Promise<PossibleOptOutRow[]> {
  return db
    .selectFrom('possibleOptOuts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .where('resolvedAt', 'is', null)
    .orderBy('flaggedAt', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The newest standing flag that holds texts to the contact, if any: what the gate asks. */
export function standingTextFlag(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
): Promise<Pick<PossibleOptOutRow, 'id' | 'flaggedAt'> | undefined> {
  return db
    .selectFrom('possibleOptOuts')
    .select(['id', 'flaggedAt'])
    .where('workspaceId', '=', workspaceId)
    .where('contactId', '=', contactId)
    .where('resolvedAt', 'is', null)
    .where('channel', 'in', TEXT_CHANNELS)
    .orderBy('flaggedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every standing flag in the workspace, newest first: the inbox marks these conversations. */
export function listStandingFlags(
  db: DbOrTrx,
  workspaceId: string,
  limit: number,
): Promise<PossibleOptOutRow[]> {
  return db
    .selectFrom('possibleOptOuts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('resolvedAt', 'is', null)
    .orderBy('flaggedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Ends the contact's standing flags (those on `channels`, or all) and returns the ones this call ended.
 * On PostgreSQL a second caller racing this one waits for its commit and then finds nothing to end, so
 * only one of two concurrent resolutions acts on a flag.
 */
export async function resolveStandingFlags(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    contactId: string;
    channels?: readonly OptOutChannel[] | undefined;
    resolution: PossibleOptOutResolution;
    resolvedBy: string | null;
    at: Date;
  },
): Promise<PossibleOptOutRow[]> {
  let query = db
    .updateTable('possibleOptOuts')
    .set({ resolvedAt: props.at.toISOString(), resolution: props.resolution, resolvedBy: props.resolvedBy })
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where('resolvedAt', 'is', null);
  if (props.channels) query = query.where('channel', 'in', props.channels);
  return query.returningAll().execute();
}

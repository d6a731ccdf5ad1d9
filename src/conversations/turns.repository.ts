import type { DbOrTrx } from '../db/database.js';
import type { ConversationTurnRow, NewConversationTurnRow } from './turns.table.js';

/** The turns of a lead's conversation, oldest first (the latest `limit`). */
export async function listTurns(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
  limit = 200,
): Promise<ConversationTurnRow[]> {
  const rows = await db
    .selectFrom('conversationTurns')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.reverse();
}

export function findTurnByMessage(
  db: DbOrTrx,
  workspaceId: string,
  inboundMessageId: string,
): Promise<ConversationTurnRow | undefined> {
  return db
    .selectFrom('conversationTurns')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('inboundMessageId', '=', inboundMessageId)
    .executeTakeFirst();
}

/** Records a turn unless one exists for the message; true when this call recorded it. */
export async function insertTurnOnce(db: DbOrTrx, row: NewConversationTurnRow): Promise<boolean> {
  const result = await db
    .insertInto('conversationTurns')
    .values(row)
    .onConflict((oc) => oc.columns(['workspaceId', 'inboundMessageId']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

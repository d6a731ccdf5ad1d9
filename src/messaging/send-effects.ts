import type { DbOrTrx } from '../db/database.js';
import type { MessageRow } from './messaging.table.js';

/** Speed to lead: the first response counts when the provider has it. */
export async function markFirstResponseSent(db: DbOrTrx, message: MessageRow, at: string): Promise<void> {
  await db
    .updateTable('leads')
    .set({ firstResponseSentAt: at, updatedAt: at })
    .where('workspaceId', '=', message.workspaceId)
    .where('id', '=', message.leadId)
    .where('firstResponseSentAt', 'is', null)
    .execute();
}

import type { DbOrTrx } from '../db/database.js';
import type { LeadNoteRow, NewLeadNoteRow } from './notes.table.js';

export interface LeadNoteItem extends LeadNoteRow {
  authorName: string | null;
}

export async function insertNote(db: DbOrTrx, row: NewLeadNoteRow): Promise<void> {
  await db.insertInto('leadNotes').values(row).execute();
}

/** The workspace's notes, each with its author's name. */
function withAuthors(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('leadNotes')
    .leftJoin('users', (join) =>
      join.onRef('users.id', '=', 'leadNotes.authorId').on('users.workspaceId', '=', workspaceId),
    )
    .selectAll('leadNotes')
    .select('users.name as authorName')
    .where('leadNotes.workspaceId', '=', workspaceId);
}

/** A lead's notes with their authors' names, newest first. */
export function listNotes(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
  limit = 500,
): Promise<LeadNoteItem[]> {
  return withAuthors(db, workspaceId)
    .where('leadNotes.leadId', '=', leadId)
    .orderBy('leadNotes.createdAt', 'desc')
    .orderBy('leadNotes.id', 'desc')
    .limit(limit)
    .execute();
}

export function findNote(db: DbOrTrx, workspaceId: string, id: string): Promise<LeadNoteItem | undefined> {
  return withAuthors(db, workspaceId).where('leadNotes.id', '=', id).executeTakeFirst();
}

/** Erases every note on these leads (a person's data on request); answers how many went. */
export async function deleteNotesForLeads(
  trx: DbOrTrx,
  workspaceId: string,
  leadIds: readonly string[],
): Promise<number> {
  if (leadIds.length === 0) return 0;
  const result = await trx
    .deleteFrom('leadNotes')
    .where('workspaceId', '=', workspaceId)
    .where('leadId', 'in', [...leadIds])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

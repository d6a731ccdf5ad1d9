import type { Insertable, Selectable } from 'kysely';

/** What an agent writes down about a lead; private to the team, never sent. */
export interface LeadNotesTable {
  id: string;
  workspaceId: string;
  leadId: string;
  /** Null once the author's account is deleted. */
  authorId: string | null;
  body: string;
  createdAt: string;
}

export type LeadNoteRow = Selectable<LeadNotesTable>;
export type NewLeadNoteRow = Insertable<LeadNotesTable>;

import type { AppContext } from '../http/context.js';
import { newId } from '../platform/ids.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { findUser } from '../workspaces/users.repository.js';
import { updateLead } from './leads.repository.js';
import { findLeadWithContact } from './leads.service.js';
import { insertNote, type LeadNoteItem, listNotes } from './notes.repository.js';

export async function listLeadNotes(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<LeadNoteItem[]> {
  const { lead } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  return listNotes(ctx.db, props.workspaceId, lead.id);
}

/** A note by a person (or an integration, then without an author), audited without its text. */
export async function addLeadNote(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; body: string; by: Actor },
): Promise<LeadNoteItem> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { lead } = await findLeadWithContact(trx, props.workspaceId, props.leadId);
    const authorId = props.by.type === 'user' ? props.by.userId : null;
    const id = newId(now.getTime());
    const note = {
      id,
      workspaceId: props.workspaceId,
      leadId: lead.id,
      authorId,
      body: props.body,
      createdAt: at,
    };
    await insertNote(trx, note);
    // The inbox and the live stream see the lead as changed.
    await updateLead(trx, props.workspaceId, lead.id, { updatedAt: at });
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'lead.note_added',
      target: { type: 'lead', id: lead.id },
      details: { noteId: id },
      at: now,
    });
    const author = authorId ? await findUser(trx, props.workspaceId, authorId) : undefined;
    return { ...note, authorName: author?.name ?? null };
  });
}

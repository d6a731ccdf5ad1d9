import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { notifyTeam } from '../messaging/notifications.service.js';
import { findSource } from './sources.repository.js';
import type { SourcePayloadRow } from './sources.table.js';

/**
 * Tells the workspace's owners and admins (the note names no lead, so it goes to them) that an email
 * waits in the unparsed list, with the link to it. Nothing from the email itself: its subject and text
 * can name the person, and the note may travel by text or push.
 */
export async function notifyUnparsed(
  trx: DbOrTrx,
  ctx: AppContext,
  payload: SourcePayloadRow,
  reason: string,
): Promise<void> {
  const source = payload.sourceId ? await findSource(trx, payload.workspaceId, payload.sourceId) : undefined;
  await notifyTeam(trx, ctx, {
    workspaceId: payload.workspaceId,
    leadId: null,
    userId: null,
    kind: 'lead_email_unparsed',
    subject: 'A lead email could not be read',
    body:
      `An email to the lead address${source ? ` of "${source.name}"` : ''} could not be read into a lead ` +
      `(${reason}). Map it to a lead or dismiss it in the unparsed list: ` +
      `${ctx.config.publicUrl}/integrations#unparsed-title`,
  });
}

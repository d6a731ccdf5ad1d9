import { sql } from 'kysely';
import { addSuppression } from '../consent/suppression.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { findContact } from '../leads/leads.repository.js';
import { deleteNotesForLeads } from '../leads/notes.repository.js';
import { notFound } from '../platform/errors.js';
import { calendarRegistry } from '../scheduling/calendar.registry.js';
import { calendarAgent, toCalendarAppointment } from '../scheduling/calendar-appointments.js';
import { eraseRecordingsOfContact } from '../voice/recordings.service.js';
import { type AuditEntry, audit } from '../workspaces/audit.service.js';
import {
  collectRefs,
  deleteByContact,
  deleteJobs,
  deleteNotifications,
  deleteWebhookReceipts,
  type PersonRefs,
  scrubAppointments,
  scrubAuditDetails,
  scrubCalls,
  scrubLeadRows,
  scrubMessages,
  scrubPossibleOptOuts,
  scrubPrivacyRequests,
} from './erasure.repository.js';
import { purgeExportsOfContact } from './export-files.js';
import { identifierHash } from './identifiers.js';
import { scheduleRewrite } from './rewrite.job.js';
import { deleteSourcePayloads } from './source-payloads.privacy.js';
import { deleteWebhookDeliveries } from './webhook-deliveries.privacy.js';

export interface ErasePersonProps {
  workspaceId: string;
  contactId: string;
  actor: AuditEntry['actor'];
  /** The request this erasure answers, for the audit row. */
  requestId?: string | null;
  /**
   * SQLite: rebuild the file afterwards (default); a batch erasing many people compacts once at the end.
   * PostgreSQL: a rewrite of the touched tables is queued either way, one for the whole batch.
   */
  compact?: boolean;
}

export interface ErasureReport {
  contactId: string;
  leadIds: string[];
  counts: Record<string, number>;
  /** Events deleted from connected calendars, and calendars that could not be reached. */
  calendar: { deleted: number; failed: number };
  suppressed: { phone: boolean; email: boolean };
}

/**
 * Removes a person's personal data from every table of the workspace. Rows that feed counts (the lead,
 * its messages, appointments, inquiries) stay as empty shells; rows that are only about the person go.
 * A keyed hash of the phone and email joins the suppression list so no re-import texts them again.
 * Events pushed to connected calendars are deleted first, while the appointments still say where they are.
 */
export async function erasePerson(ctx: AppContext, props: ErasePersonProps): Promise<ErasureReport> {
  const { workspaceId, contactId } = props;
  const contact = await findContact(ctx.db, workspaceId, contactId);
  if (!contact) throw notFound('Contact');
  const needles = [contact.phone, contact.phoneRaw, contact.email, contact.name].filter(
    (v): v is string => typeof v === 'string' && v.trim().length > 0,
  );
  const refs = await collectRefs(ctx.db, workspaceId, contactId, needles);
  const calendar = await deleteCalendarEvents(ctx, refs);
  const hashes = await identifierHashes(ctx.db, workspaceId, contact);
  const exportsPurged = await purgeExportsOfContact(ctx, { workspaceId, contactId });
  // Before the rows lose the paths and SIDs that find them: the sealed files, and Twilio's copies.
  const recordings = await eraseRecordingsOfContact(ctx, { workspaceId, contactId });

  if (ctx.dialect === 'sqlite') await sql`pragma secure_delete = on`.execute(ctx.db);
  const at = ctx.clock.now();
  const iso = at.toISOString();
  const counts = await ctx.db.transaction().execute(async (trx) => {
    const result: Record<string, number> = {
      appointments: await scrubAppointments(trx, refs, iso),
      messages: await scrubMessages(trx, refs, iso),
      callTurns: await scrubCalls(trx, refs, iso),
      consentEvents: await deleteByContact(trx, refs, 'consentEvents'),
      gateDecisions: await deleteByContact(trx, refs, 'gateDecisions'),
      possibleOptOuts: await scrubPossibleOptOuts(trx, refs, iso),
      notes: await deleteNotesForLeads(trx, workspaceId, refs.leadIds),
      notifications: await deleteNotifications(trx, refs),
      jobs: await deleteJobs(trx, refs),
      webhookReceipts: await deleteWebhookReceipts(trx, refs),
      sourcePayloads: await deleteSourcePayloads(trx, refs),
      webhookDeliveries: await deleteWebhookDeliveries(trx, refs),
      auditRows: await scrubAuditDetails(trx, refs),
      privacyRequests: await scrubPrivacyRequests(trx, refs, hashes, iso),
      exportFiles: exportsPurged,
      recordings,
    };
    await scrubLeadRows(trx, refs, iso);
    for (const [kind, value] of [
      ['phone', contact.phone],
      ['email', contact.email],
    ] as const) {
      if (value) await addSuppression(trx, { workspaceId, kind, value, reason: 'erased', at });
    }
    await audit(trx, {
      workspaceId,
      actor: props.actor,
      action: 'privacy.erased',
      target: { type: 'contact', id: contactId },
      details: { requestId: props.requestId ?? null, leads: refs.leadIds.length, ...result },
      at,
    });
    // Last, after every write: see scheduleRewrite.
    if (ctx.dialect === 'postgres') await scheduleRewrite(trx, ctx.clock);
    return result;
  });
  if (props.compact !== false && ctx.dialect === 'sqlite') await compactAfterErasure(ctx);
  ctx.logger.info({ category: 'privacy', workspaceId, contactId, calendar, counts }, 'personal data erased');
  return {
    contactId,
    leadIds: refs.leadIds,
    counts,
    calendar,
    suppressed: { phone: contact.phone !== null, email: contact.email !== null },
  };
}

async function identifierHashes(
  db: DbOrTrx,
  workspaceId: string,
  contact: { phone: string | null; email: string | null },
): Promise<string[]> {
  const hashes: string[] = [];
  if (contact.phone)
    hashes.push(await identifierHash(db, workspaceId, { kind: 'phone', value: contact.phone, raw: '' }));
  if (contact.email)
    hashes.push(await identifierHash(db, workspaceId, { kind: 'email', value: contact.email }));
  return hashes;
}

/**
 * Deletes the person's appointments from the agents' connected calendars (CalDAV, Google). Invitation
 * emails are not sent again: a cancellation mail would itself be a message to the person.
 */
export async function deleteCalendarEvents(
  ctx: AppContext,
  refs: Pick<PersonRefs, 'workspaceId' | 'appointmentIds'>,
): Promise<{ deleted: number; failed: number }> {
  let deleted = 0;
  let failed = 0;
  if (refs.appointmentIds.length === 0) return { deleted, failed };
  const rows = await ctx.db
    .selectFrom('appointments')
    .selectAll()
    .where('workspaceId', '=', refs.workspaceId)
    .where('id', 'in', refs.appointmentIds)
    .execute();
  for (const row of rows) {
    const agent = await calendarAgent(ctx.db, row.workspaceId, row.agentId);
    if (!agent) continue;
    const appointment = { ...(await toCalendarAppointment(ctx.db, row)), status: 'cancelled' as const };
    const calendars = await calendarRegistry(ctx).forAgent(ctx, {
      workspaceId: row.workspaceId,
      agentId: row.agentId,
    });
    for (const calendar of calendars.filter((c) => c.kind !== 'email')) {
      try {
        await calendar.cancelAppointment(appointment, agent);
        deleted += 1;
      } catch (error) {
        failed += 1;
        ctx.logger.warn(
          { category: 'privacy', connectionId: calendar.connectionId, err: error },
          'calendar event could not be deleted during erasure',
        );
      }
    }
  }
  return { deleted, failed };
}

/**
 * SQLite keeps deleted text in free pages and in the write-ahead log until they are reused: checkpoint,
 * rebuild the file, and truncate the log, so the bytes are gone from disk too. PostgreSQL keeps old row
 * versions in the table files until they are rewritten: a worker does that (privacy.rewrite), queued here.
 */
export async function compactAfterErasure(ctx: AppContext): Promise<void> {
  if (ctx.dialect === 'postgres') {
    await scheduleRewrite(ctx.db, ctx.clock);
    return;
  }
  try {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
    await sql`vacuum`.execute(ctx.db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db);
  } catch (error) {
    // The rows are already gone; another process holding the file only delays the rebuild to the next one.
    ctx.logger.warn({ category: 'privacy', err: error }, 'database file not compacted after erasure');
  }
}

import { listConsentEvents } from '../consent/consent.repository.js';
import type { ConsentEventRow } from '../consent/consent.table.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.js';
import { latestMessagesOfLeads } from '../messaging/messaging.repository.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { findUser } from '../workspaces/users.repository.js';
import { canonicalTimeZone } from '../workspaces/workspaces.schema.js';
import { type ReceivedLead, receiveLead } from './intake.service.js';
import type { LeadDetailRows } from './leads.presenters.js';
import {
  findContact,
  findConversationByLead,
  findLead,
  type LeadListItem,
  listInquiries,
  listLeads,
  lockLead,
  updateLead,
} from './leads.repository.js';
import type { CreateLeadBody, ListLeadsQuery, UpdateLeadBody } from './leads.schema.js';
import type { ContactRow, LeadRow } from './leads.table.js';

/** A lead posted to the API: the same intake as every other source, with the caller's consent evidence. */
export function createLead(
  ctx: AppContext,
  props: { workspaceId: string; body: CreateLeadBody },
): Promise<ReceivedLead> {
  const { consent, timezone, ...lead } = props.body;
  return receiveLead(ctx, {
    ...lead,
    // The schema accepts any letter case; stored as the zone database spells it.
    timezone: timezone ? canonicalTimeZone(timezone) : undefined,
    workspaceId: props.workspaceId,
    channel: 'api',
    consent: consent ? { ...consent, source: 'api' } : undefined,
    attemptFirstResponse: true,
  });
}

const receivedBefore = (cursor: string) => {
  const { at, id } = decodePageCursor(cursor);
  return { receivedAt: at, id };
};

export interface LeadPage {
  rows: LeadListItem[];
  lastMessages: Map<string, MessageRow>;
  nextCursor: string | null;
}

/** Newest first; one extra row tells whether there is a next page without a count query. */
export async function listLeadPage(
  ctx: AppContext,
  props: { workspaceId: string; query: ListLeadsQuery },
): Promise<LeadPage> {
  const { query } = props;
  const rows = await listLeads(ctx.db, props.workspaceId, {
    stage: query.stage,
    source: query.source,
    assignedUserId: query.assignedUserId,
    needsHuman: query.needsHuman,
    search: query.q,
    before: query.cursor ? receivedBefore(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const messages = await latestMessagesOfLeads(
    ctx.db,
    props.workspaceId,
    page.map((row) => row.id),
  );
  return {
    rows: page,
    lastMessages: new Map(messages.map((m) => [m.leadId, m])),
    nextCursor:
      rows.length > query.limit && last ? encodePageCursor({ at: last.receivedAt, id: last.id }) : null,
  };
}

/** The lead and its contact, or 404: another workspace's id is as unknown as a made-up one. */
export async function findLeadWithContact(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
): Promise<{ lead: LeadRow; contact: ContactRow }> {
  const lead = await findLead(db, workspaceId, leadId);
  const contact = lead ? await findContact(db, workspaceId, lead.contactId) : undefined;
  if (!lead || !contact) throw notFound('Lead');
  return { lead, contact };
}

export async function getLead(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<LeadDetailRows> {
  const { lead, contact } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  const [conversation, inquiries, consentEvents, assigned] = await Promise.all([
    findConversationByLead(ctx.db, props.workspaceId, lead.id),
    listInquiries(ctx.db, props.workspaceId, lead.id),
    listConsentEvents(ctx.db, props.workspaceId, contact.id),
    lead.assignedUserId ? findUser(ctx.db, props.workspaceId, lead.assignedUserId) : undefined,
  ]);
  return { lead, contact, conversation, inquiries, consentEvents, assignedUserName: assigned?.name ?? null };
}

export async function getLeadConsent(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<{ contactId: string; events: ConsentEventRow[] }> {
  const { contact } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  return { contactId: contact.id, events: await listConsentEvents(ctx.db, props.workspaceId, contact.id) };
}

/**
 * Reassigns a lead or moves its stage, each change audited (the timeline reads the audit rows). The new
 * agent must be an active user of the workspace; an opt-out is recorded through consent, never set here.
 */
export async function updateLeadFields(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string; body: UpdateLeadBody; by: Actor; ip?: string | undefined },
): Promise<LeadDetailRows> {
  const { workspaceId, body } = props;
  const now = ctx.clock.now();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const lead = await lockLead(trx, workspaceId, props.leadId);
    if (!lead) throw notFound('Lead');
    const record = (action: string, details: Record<string, unknown>) =>
      audit(trx, {
        workspaceId,
        actor: auditActor(props.by),
        action,
        target: { type: 'lead', id: lead.id },
        details,
        ip: props.ip,
        at: now,
      });
    if (body.assignedUserId !== undefined && body.assignedUserId !== lead.assignedUserId) {
      if (body.assignedUserId !== null) {
        const user = await findUser(trx, workspaceId, body.assignedUserId);
        if (!user || user.disabledAt !== null) {
          throw unprocessable('No active user of this workspace has that id', undefined, 'unknown_user');
        }
      }
      await updateLead(trx, workspaceId, lead.id, { assignedUserId: body.assignedUserId, updatedAt: at });
      await record('lead.assigned', { from: lead.assignedUserId, to: body.assignedUserId });
    }
    if (body.stage !== undefined && body.stage !== lead.stage) {
      if (body.stage === 'opted_out') {
        throw unprocessable('A lead opts out by texting STOP or by a consent change, not by its stage');
      }
      await updateLead(trx, workspaceId, lead.id, { stage: body.stage, updatedAt: at });
      await record('lead.stage_changed', { from: lead.stage, to: body.stage });
    }
  });
  return getLead(ctx, { workspaceId, leadId: props.leadId });
}

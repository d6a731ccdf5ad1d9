import { listConsentEvents } from '../consent/consent.repository.js';
import type { ConsentEventRow } from '../consent/consent.table.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { latestMessagesOfLeads } from '../messaging/messaging.repository.js';
import type { MessageRow } from '../messaging/messaging.table.js';
import { badRequest, notFound } from '../platform/errors.js';
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
} from './leads.repository.js';
import type { CreateLeadBody, ListLeadsQuery } from './leads.schema.js';
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

interface Cursor {
  receivedAt: string;
  id: string;
}

// Opaque to clients, so the order it encodes can change without breaking them.
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify([c.receivedAt, c.id])).toString('base64url');

function decodeCursor(cursor: string): Cursor {
  try {
    const [receivedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof receivedAt === 'string' && typeof id === 'string') return { receivedAt, id };
  } catch {
    // Falls through to the error below.
  }
  throw badRequest('The cursor is not one this API gave out', undefined, 'invalid_cursor');
}

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
    search: query.q,
    before: query.cursor ? decodeCursor(query.cursor) : undefined,
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
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
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
  const [conversation, inquiries, consentEvents] = await Promise.all([
    findConversationByLead(ctx.db, props.workspaceId, lead.id),
    listInquiries(ctx.db, props.workspaceId, lead.id),
    listConsentEvents(ctx.db, props.workspaceId, contact.id),
  ]);
  return { lead, contact, conversation, inquiries, consentEvents };
}

export async function getLeadConsent(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<{ contactId: string; events: ConsentEventRow[] }> {
  const { contact } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  return { contactId: contact.id, events: await listConsentEvents(ctx.db, props.workspaceId, contact.id) };
}

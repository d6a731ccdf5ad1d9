import type { AppContext } from '../http/context.js';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.js';
import { rowToConsentEvent } from '../leads/leads.presenters.js';
import { type LedgerItem, listLedger, listSmsOptOuts } from './consent-log.repository.js';
import type { ConsentLogEntry, ConsentLogQuery, OptOut, OptOutsQuery } from './consent-log.schema.js';

const createdBefore = (cursor: string) => {
  const { at, id } = decodePageCursor(cursor);
  return { createdAt: at, id };
};

function pageOf<T>(rows: LedgerItem[], limit: number, present: (row: LedgerItem) => T) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(present),
    nextCursor: rows.length > limit && last ? encodePageCursor({ at: last.createdAt, id: last.id }) : null,
  };
}

const toEntry = (row: LedgerItem): ConsentLogEntry => ({
  ...rowToConsentEvent(row),
  contactId: row.contactId,
  leadId: row.leadId,
  contactName: row.contactName,
  phone: row.phone,
});

const toOptOut = (row: LedgerItem): OptOut => ({
  contactId: row.contactId,
  leadId: row.leadId,
  contactName: row.contactName,
  phone: row.phone,
  email: row.email,
  revokedAt: row.createdAt,
  source: row.source,
  consentEventId: row.id,
});

/** The workspace's consent ledger with the evidence behind each row, newest first. */
export async function consentLogPage(
  ctx: AppContext,
  props: { workspaceId: string; query: ConsentLogQuery },
): Promise<{ items: ConsentLogEntry[]; nextCursor: string | null }> {
  const { query } = props;
  const rows = await listLedger(ctx.db, props.workspaceId, {
    action: query.action,
    channel: query.channel,
    before: query.cursor ? createdBefore(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, toEntry);
}

/** Contacts who may not be texted because they opted out, most recent first. */
export async function optOutPage(
  ctx: AppContext,
  props: { workspaceId: string; query: OptOutsQuery },
): Promise<{ items: OptOut[]; nextCursor: string | null }> {
  const { query } = props;
  const rows = await listSmsOptOuts(ctx.db, props.workspaceId, {
    before: query.cursor ? createdBefore(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  return pageOf(rows, query.limit, toOptOut);
}

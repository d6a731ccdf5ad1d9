import type { DbOrTrx } from '../db/database.js';
import type { ConsentAction, ConsentChannel, ConsentEventRow } from './consent.table.js';

export interface LedgerItem extends ConsentEventRow {
  leadId: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
}

export interface LedgerFilter {
  action?: ConsentAction | undefined;
  channel?: ConsentChannel | undefined;
  /** Newest-first cursor: rows written before this (createdAt, id). */
  before?: { createdAt: string; id: string } | undefined;
  limit: number;
}

function ledger(db: DbOrTrx, workspaceId: string) {
  return db
    .selectFrom('consentEvents as e')
    .innerJoin('contacts', (join) =>
      join.onRef('contacts.id', '=', 'e.contactId').on('contacts.workspaceId', '=', workspaceId),
    )
    .leftJoin('leads', (join) =>
      join.onRef('leads.contactId', '=', 'e.contactId').on('leads.workspaceId', '=', workspaceId),
    )
    .selectAll('e')
    .select([
      'leads.id as leadId',
      'contacts.name as contactName',
      'contacts.phone as phone',
      'contacts.email as email',
    ])
    .where('e.workspaceId', '=', workspaceId);
}

/** One page of ledger rows, newest first, from the filter's cursor on. */
function newestFirst(
  query: ReturnType<typeof ledger>,
  filter: Pick<LedgerFilter, 'before' | 'limit'>,
): Promise<LedgerItem[]> {
  const before = filter.before;
  let page = query;
  if (before) {
    page = page.where((eb) =>
      eb.or([
        eb('e.createdAt', '<', before.createdAt),
        eb.and([eb('e.createdAt', '=', before.createdAt), eb('e.id', '<', before.id)]),
      ]),
    );
  }
  return page.orderBy('e.createdAt', 'desc').orderBy('e.id', 'desc').limit(filter.limit).execute();
}

/** The workspace's consent ledger, newest first. */
export function listLedger(db: DbOrTrx, workspaceId: string, filter: LedgerFilter): Promise<LedgerItem[]> {
  let query = ledger(db, workspaceId);
  if (filter.action) query = query.where('e.action', '=', filter.action);
  if (filter.channel) query = query.where('e.channel', '=', filter.channel);
  return newestFirst(query, filter);
}

/**
 * Contacts whose SMS consent stands revoked now: their latest SMS row that decides conversational
 * consent (see deriveConsent: a conversational row, or a marketing grant) is a revocation.
 */
export function listSmsOptOuts(
  db: DbOrTrx,
  workspaceId: string,
  filter: Omit<LedgerFilter, 'action' | 'channel'>,
): Promise<LedgerItem[]> {
  const query = ledger(db, workspaceId)
    .where('e.channel', '=', 'sms')
    .where('e.purpose', '=', 'conversational')
    .where('e.action', '=', 'revoked')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('consentEvents as n')
            .select('n.id')
            .where('n.workspaceId', '=', workspaceId)
            .whereRef('n.contactId', '=', 'e.contactId')
            .where('n.channel', '=', 'sms')
            .where((eb) =>
              eb.or([
                eb('n.purpose', '=', 'conversational'),
                eb.and([eb('n.purpose', '=', 'marketing'), eb('n.action', '=', 'granted')]),
              ]),
            )
            .where((eb) =>
              eb.or([
                eb('n.createdAt', '>', eb.ref('e.createdAt')),
                eb.and([eb('n.createdAt', '=', eb.ref('e.createdAt')), eb('n.id', '>', eb.ref('e.id'))]),
              ]),
            ),
        ),
      ),
    );
  return newestFirst(query, filter);
}

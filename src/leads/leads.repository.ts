import { PostgresAdapter, sql } from 'kysely';
import type { DbOrTrx, Trx } from '../db/database.js';
import { firstRow, prepared } from '../db/prepared.js';
import { recordStageChange } from './lead-events.js';
import type {
  ContactRow,
  ContactRowUpdate,
  ConversationRow,
  InquiryRow,
  LeadRow,
  LeadRowUpdate,
  NewContactRow,
  NewLeadRow,
} from './leads.table.js';

// The reads intake and the send make for every lead are prepared once (src/db/prepared.ts).
const contactByPhone = prepared((db, p: { workspaceId: string; phone: string }) =>
  db.selectFrom('contacts').selectAll().where('workspaceId', '=', p.workspaceId).where('phone', '=', p.phone),
);

export function findContactByPhone(
  db: DbOrTrx,
  workspaceId: string,
  phone: string,
): Promise<ContactRow | undefined> {
  return firstRow(contactByPhone(db, { workspaceId, phone }));
}

export function findContactByEmail(
  db: DbOrTrx,
  workspaceId: string,
  email: string,
): Promise<ContactRow | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('email', '=', email)
    .executeTakeFirst();
}

const contactById = prepared((db, p: { workspaceId: string; id: string }) =>
  db.selectFrom('contacts').selectAll().where('workspaceId', '=', p.workspaceId).where('id', '=', p.id),
);

export function findContact(db: DbOrTrx, workspaceId: string, id: string): Promise<ContactRow | undefined> {
  return firstRow(contactById(db, { workspaceId, id }));
}

export async function insertContact(db: DbOrTrx, row: NewContactRow): Promise<void> {
  await db.insertInto('contacts').values(row).execute();
}

export async function updateContact(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: ContactRowUpdate,
): Promise<void> {
  await db
    .updateTable('contacts')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

const leadById = prepared((db, p: { workspaceId: string; id: string }) =>
  db.selectFrom('leads').selectAll().where('workspaceId', '=', p.workspaceId).where('id', '=', p.id),
);

export function findLead(db: DbOrTrx, workspaceId: string, id: string): Promise<LeadRow | undefined> {
  return firstRow(leadById(db, { workspaceId, id }));
}

const leadByContact = prepared((db, p: { workspaceId: string; contactId: string }) =>
  db
    .selectFrom('leads')
    .selectAll()
    .where('workspaceId', '=', p.workspaceId)
    .where('contactId', '=', p.contactId),
);

export function findLeadByContact(
  db: DbOrTrx,
  workspaceId: string,
  contactId: string,
): Promise<LeadRow | undefined> {
  return firstRow(leadByContact(db, { workspaceId, contactId }));
}

/** Row locks are taken on PostgreSQL only: SQLite has one writer at a time anyway. */
const locksRows = (trx: Trx): boolean => trx.getExecutor().adapter instanceof PostgresAdapter;

/** The lead, locked until the transaction ends. */
export function lockLead(trx: Trx, workspaceId: string, id: string): Promise<LeadRow | undefined> {
  return trx
    .selectFrom('leads')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .$if(locksRows(trx), (qb) => qb.forUpdate())
    .executeTakeFirst();
}

/** The contact with this phone, locked until the transaction ends: one person's texts apply one at a time. */
export function lockContactByPhone(
  trx: Trx,
  workspaceId: string,
  phone: string,
): Promise<ContactRow | undefined> {
  return trx
    .selectFrom('contacts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('phone', '=', phone)
    .$if(locksRows(trx), (qb) => qb.forUpdate())
    .executeTakeFirst();
}

export async function insertLead(db: DbOrTrx, row: NewLeadRow): Promise<void> {
  await db.insertInto('leads').values(row).execute();
}

export async function updateLead(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: LeadRowUpdate,
  /** The stage the caller read in this transaction, when it has it: saves reading it again. */
  stageBefore?: LeadRow['stage'],
): Promise<void> {
  // A stage change is an event (outbound webhooks, CRM sync): the stage before is read to tell.
  const before =
    changes.stage !== undefined && stageBefore !== undefined
      ? { stage: stageBefore }
      : changes.stage !== undefined
        ? await db
            .selectFrom('leads')
            .select('stage')
            .where('workspaceId', '=', workspaceId)
            .where('id', '=', id)
            .executeTakeFirst()
        : undefined;
  await db
    .updateTable('leads')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  if (before && changes.stage !== undefined && before.stage !== changes.stage)
    await recordStageChange(db, {
      workspaceId,
      leadId: id,
      from: before.stage,
      to: changes.stage,
      at: changes.updatedAt,
    });
}

export async function insertInquiry(db: DbOrTrx, row: InquiryRow): Promise<void> {
  await db.insertInto('inquiries').values(row).execute();
}

const inquiriesOfLead = prepared((db, p: { workspaceId: string; leadId: string }) =>
  db
    .selectFrom('inquiries')
    .selectAll()
    .where('workspaceId', '=', p.workspaceId)
    .where('leadId', '=', p.leadId)
    .orderBy('receivedAt', 'asc')
    .orderBy('id', 'asc'),
);

export async function listInquiries(db: DbOrTrx, workspaceId: string, leadId: string): Promise<InquiryRow[]> {
  return (await inquiriesOfLead(db, { workspaceId, leadId })).rows;
}

const smsConversationOfLead = prepared((db, p: { workspaceId: string; leadId: string }) =>
  db
    .selectFrom('conversations')
    .selectAll()
    .where('workspaceId', '=', p.workspaceId)
    .where('leadId', '=', p.leadId)
    .where('channel', '=', 'sms'),
);

export function findConversationByLead(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
): Promise<ConversationRow | undefined> {
  return firstRow(smsConversationOfLead(db, { workspaceId, leadId }));
}

export async function insertConversation(db: DbOrTrx, row: ConversationRow): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

export async function updateConversation(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Partial<Pick<ConversationRow, 'assistantPaused' | 'pausedReason' | 'lastMessageAt' | 'updatedAt'>>,
): Promise<void> {
  await db
    .updateTable('conversations')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export interface LeadListFilter {
  stage?: string | undefined;
  source?: string | undefined;
  assignedUserId?: string | undefined;
  /** Handed to the team by the assistant and not yet answered by an agent (or, false, the others). */
  needsHuman?: boolean | undefined;
  /** Part of a name, an email address or a phone number. */
  search?: string | undefined;
  /** The newest-first cursor: leads received before this (receivedAt, id). */
  before?: { receivedAt: string; id: string } | undefined;
  limit: number;
}

export interface LeadListItem extends LeadRow {
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  assignedUserName: string | null;
  assistantPaused: number | null;
  pausedReason: string | null;
  /** When the first text of ours to this lead (the assistant's or an agent's) went out; null while none has. */
  firstTextSentAt: string | null;
}

/** How a handoff is recorded on the conversation (turn.apply.ts); an agent's own text replaces it. */
export const HANDOFF_PAUSE_PREFIX = 'handoff:';

export function needsHuman(conversation: { assistantPaused: number | null; pausedReason: string | null }) {
  return (
    conversation.assistantPaused === 1 && (conversation.pausedReason ?? '').startsWith(HANDOFF_PAUSE_PREFIX)
  );
}

export async function listLeads(
  db: DbOrTrx,
  workspaceId: string,
  filter: LeadListFilter,
): Promise<LeadListItem[]> {
  let query = db
    .selectFrom('leads')
    .innerJoin('contacts', 'contacts.id', 'leads.contactId')
    .selectAll('leads')
    .select([
      'contacts.name as contactName',
      'contacts.phone as contactPhone',
      'contacts.email as contactEmail',
    ])
    .where('leads.workspaceId', '=', workspaceId);
  if (filter.stage) query = query.where('leads.stage', '=', filter.stage as LeadRow['stage']);
  if (filter.source) query = query.where('leads.source', '=', filter.source);
  if (filter.assignedUserId) query = query.where('leads.assignedUserId', '=', filter.assignedUserId);
  const wantsHuman = filter.needsHuman;
  if (wantsHuman !== undefined) {
    query = query.where(({ exists, not, selectFrom }) => {
      const handedOff = exists(
        selectFrom('conversations')
          .select('conversations.id')
          .where('conversations.workspaceId', '=', workspaceId)
          .whereRef('conversations.leadId', '=', 'leads.id')
          .where('conversations.channel', '=', 'sms')
          .where('conversations.assistantPaused', '=', 1)
          .where('conversations.pausedReason', 'like', `${HANDOFF_PAUSE_PREFIX}%`),
      );
      return wantsHuman ? handedOff : not(handedOff);
    });
  }
  if (filter.search) {
    const text = `%${escapeLike(filter.search.toLowerCase())}%`;
    const digits = filter.search.replace(/\D/g, '');
    // LIKE is case-sensitive on PostgreSQL and SQLite has no default escape character: say both.
    const like = (column: 'contacts.name' | 'contacts.email' | 'contacts.phone', pattern: string) =>
      sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
    query = query.where((eb) =>
      eb.or([
        like('contacts.name', text),
        like('contacts.email', text),
        // A few digits are a phone search whatever the punctuation: "(512) 555" finds +15125550143.
        ...(digits.length >= 3 ? [like('contacts.phone', `%${digits}%`)] : []),
      ]),
    );
  }
  const before = filter.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('leads.receivedAt', '<', before.receivedAt),
        eb.and([eb('leads.receivedAt', '=', before.receivedAt), eb('leads.id', '<', before.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('leads.receivedAt', 'desc')
    .orderBy('leads.id', 'desc')
    .limit(filter.limit)
    .execute();
  return withInboxState(db, workspaceId, rows);
}

/** Texts that count as our answer to a lead: written by the assistant or an agent, and taken by the carrier. */
const ANSWER_AUTHORS = ['assistant', 'agent'] as const;
const WENT_STATUSES = ['sent', 'delivered'] as const;

/**
 * The assistant's state, the agent's name and the first text that went, for a page of leads, in lookups by
 * id: joined into the page query instead, PostgreSQL may plan a scan per lead before it has statistics on a
 * fresh table.
 */
async function withInboxState<T extends LeadRow>(
  db: DbOrTrx,
  workspaceId: string,
  rows: T[],
): Promise<
  (T & {
    assignedUserName: string | null;
    assistantPaused: number | null;
    pausedReason: string | null;
    firstTextSentAt: string | null;
  })[]
> {
  if (rows.length === 0) return [];
  const userIds = [...new Set(rows.flatMap((r) => (r.assignedUserId ? [r.assignedUserId] : [])))];
  const leadIds = rows.map((r) => r.id);
  const [conversations, users, firstTexts] = await Promise.all([
    db
      .selectFrom('conversations')
      .select(['leadId', 'assistantPaused', 'pausedReason'])
      .where('workspaceId', '=', workspaceId)
      .where('leadId', 'in', leadIds)
      .where('channel', '=', 'sms')
      .execute(),
    userIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('users')
          .select(['id', 'name'])
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', userIds)
          .execute(),
    db
      .selectFrom('messages')
      .select(['leadId', (eb) => eb.fn.min<string>('sentAt').as('firstSentAt')])
      .where('workspaceId', '=', workspaceId)
      .where('leadId', 'in', leadIds)
      .where('direction', '=', 'outbound')
      .where('author', 'in', ANSWER_AUTHORS)
      .where('status', 'in', WENT_STATUSES)
      .where('sentAt', 'is not', null)
      .groupBy('leadId')
      .execute(),
  ]);
  const byLead = new Map(conversations.map((c) => [c.leadId, c]));
  const names = new Map(users.map((u) => [u.id, u.name]));
  const firstSent = new Map(firstTexts.map((m) => [m.leadId, m.firstSentAt]));
  return rows.map((row) => {
    const conversation = byLead.get(row.id);
    return {
      ...row,
      assignedUserName: row.assignedUserId ? (names.get(row.assignedUserId) ?? null) : null,
      assistantPaused: conversation?.assistantPaused ?? null,
      pausedReason: conversation?.pausedReason ?? null,
      firstTextSentAt: firstSent.get(row.id) ?? row.firstResponseSentAt ?? null,
    };
  });
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

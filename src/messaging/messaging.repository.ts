import type { DbOrTrx } from '../db/database.js';
import { firstRow, prepared } from '../db/prepared.js';
import { cached, forgetWorkspace } from '../workspaces/workspace-cache.js';
import type { MessageRow, MessageRowUpdate, NewMessageRow, PhoneNumberRow } from './messaging.table.js';

/** Inserts unless the idempotency key is taken; answers the row that holds the key either way. */
export async function insertMessageOnce(
  db: DbOrTrx,
  row: NewMessageRow,
): Promise<{ message: MessageRow; inserted: boolean }> {
  // The new row comes back from the insert itself; only a taken key needs the row that holds it.
  const inserted = await db
    .insertInto('messages')
    .values(row)
    .onConflict((oc) => oc.column('idempotencyKey').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { message: inserted, inserted: true };
  const message = await db
    .selectFrom('messages')
    .selectAll()
    .where('idempotencyKey', '=', row.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { message, inserted: false };
}

// The reads the send and the conversation make for every lead are prepared once (src/db/prepared.ts).
const messageById = prepared((db, p: { workspaceId: string; id: string }) =>
  db.selectFrom('messages').selectAll().where('workspaceId', '=', p.workspaceId).where('id', '=', p.id),
);

export function findMessage(db: DbOrTrx, workspaceId: string, id: string): Promise<MessageRow | undefined> {
  return firstRow(messageById(db, { workspaceId, id }));
}

export function findMessageByProviderId(
  db: DbOrTrx,
  provider: 'twilio' | 'sandbox',
  providerId: string,
): Promise<MessageRow | undefined> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('provider', '=', provider)
    .where('providerId', '=', providerId)
    .executeTakeFirst();
}

export async function updateMessage(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: MessageRowUpdate,
): Promise<void> {
  await db
    .updateTable('messages')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Moves a message on only from the statuses given: a late or repeated event cannot move it back. */
export async function transitionMessage(
  db: DbOrTrx,
  props: {
    workspaceId: string;
    id: string;
    from: readonly MessageRow['status'][];
    changes: MessageRowUpdate;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set(props.changes)
    .where('workspaceId', '=', props.workspaceId)
    .where('id', '=', props.id)
    .where('status', 'in', props.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Blocks a contact's texts still waiting to go, as the gate would at send time. A dispatcher that asked the
 * gate just before this committed then fails to claim the text, since a claim only moves a queued or
 * deferred one. Keyword replies (a STOP confirmation, a HELP answer) are owed whatever the consent and stay.
 */
export async function blockWaitingTexts(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; gateReason: string; at: Date },
): Promise<string[]> {
  const rows = await db
    .updateTable('messages')
    .set({ status: 'blocked', gateReason: props.gateReason, updatedAt: props.at.toISOString() })
    .where('workspaceId', '=', props.workspaceId)
    .where('contactId', '=', props.contactId)
    .where('direction', '=', 'outbound')
    .where('status', 'in', ['queued', 'deferred'])
    .where('kind', '!=', 'keyword_reply')
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export function listLeadMessages(
  db: DbOrTrx,
  workspaceId: string,
  leadId: string,
  limit = 500,
): Promise<MessageRow[]> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('leadId', '=', leadId)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}

/** The latest messages of a lead's conversation, oldest first. */
export async function listRecentMessages(
  db: DbOrTrx,
  workspaceId: string,
  thread: { leadId: string; conversationId: string },
  limit: number,
): Promise<MessageRow[]> {
  const { rows } = await recentOfThread(db, { workspaceId, ...thread, limit });
  return rows.reverse();
}

const recentOfThread = prepared(
  (db, p: { workspaceId: string; leadId: string; conversationId: string; limit: number }) =>
    db
      .selectFrom('messages')
      .selectAll()
      .where((eb) =>
        eb.and({ workspaceId: p.workspaceId, leadId: p.leadId, conversationId: p.conversationId }),
      )
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(p.limit),
);

export function findDefaultNumber(
  db: DbOrTrx,
  workspaceId: string,
  provider: 'twilio' | 'sandbox',
): Promise<PhoneNumberRow | undefined> {
  return db
    .selectFrom('phoneNumbers')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('provider', '=', provider)
    .orderBy('isDefault', 'desc')
    .orderBy('createdAt', 'asc')
    .executeTakeFirst();
}

/** The default number for sending, through the workspace cache (workspace-cache.ts). */
export function readDefaultNumber(
  db: DbOrTrx,
  workspaceId: string,
  provider: 'twilio' | 'sandbox',
): Promise<PhoneNumberRow | undefined> {
  return cached(db, { key: `number:${workspaceId}:${provider}`, workspaceId }, () =>
    findDefaultNumber(db, workspaceId, provider),
  );
}

export function findNumber(
  db: DbOrTrx,
  provider: 'twilio' | 'sandbox',
  number: string,
): Promise<PhoneNumberRow | undefined> {
  return db
    .selectFrom('phoneNumbers')
    .selectAll()
    .where('provider', '=', provider)
    .where('number', '=', number)
    .executeTakeFirst();
}

export async function insertPhoneNumber(db: DbOrTrx, row: PhoneNumberRow): Promise<boolean> {
  forgetWorkspace(db, row.workspaceId);
  const result = await db
    .insertInto('phoneNumbers')
    .values(row)
    .onConflict((oc) => oc.columns(['provider', 'number']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export function listPhoneNumbers(db: DbOrTrx, workspaceId: string): Promise<PhoneNumberRow[]> {
  return db
    .selectFrom('phoneNumbers')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt')
    .execute();
}

/** Records a provider event; false when it was seen before (a retried webhook). */
export async function recordWebhookEvent(
  db: DbOrTrx,
  row: {
    id: string;
    provider: 'twilio' | 'sandbox';
    eventKey: string;
    workspaceId: string | null;
    kind: 'sms' | 'status' | 'voice';
    receivedAt: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('webhookEvents')
    .values(row)
    .onConflict((oc) => oc.columns(['provider', 'eventKey']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The newest message of each lead given: the preview in lead lists. */
export function latestMessagesOfLeads(
  db: DbOrTrx,
  workspaceId: string,
  leadIds: readonly string[],
): Promise<MessageRow[]> {
  if (leadIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('messages as m')
    .selectAll('m')
    .where('m.workspaceId', '=', workspaceId)
    .where('m.leadId', 'in', leadIds)
    .where('m.id', '=', (eb) =>
      eb
        .selectFrom('messages as latest')
        .select('latest.id')
        .where('latest.workspaceId', '=', workspaceId)
        .whereRef('latest.leadId', '=', 'm.leadId')
        .orderBy('latest.createdAt', 'desc')
        .orderBy('latest.id', 'desc')
        .limit(1),
    )
    .execute();
}

export function findPhoneNumber(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<PhoneNumberRow | undefined> {
  return db
    .selectFrom('phoneNumbers')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The number in any provider's list: a number belongs to one workspace. */
export function findNumberAnyProvider(db: DbOrTrx, number: string): Promise<PhoneNumberRow | undefined> {
  return db.selectFrom('phoneNumbers').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function clearDefaultNumber(
  db: DbOrTrx,
  workspaceId: string,
  provider: PhoneNumberRow['provider'],
): Promise<void> {
  forgetWorkspace(db, workspaceId);
  await db
    .updateTable('phoneNumbers')
    .set({ isDefault: 0 })
    .where('workspaceId', '=', workspaceId)
    .where('provider', '=', provider)
    .execute();
}

export async function deletePhoneNumber(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  forgetWorkspace(db, workspaceId);
  const result = await db
    .deleteFrom('phoneNumbers')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The workspace's newest outbound texts, at most `limit`, created after `since` when given; oldest first. */
export async function listOutboundMessages(
  db: DbOrTrx,
  workspaceId: string,
  filter: { since?: string | undefined; limit: number },
): Promise<MessageRow[]> {
  let query = db
    .selectFrom('messages')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('direction', '=', 'outbound');
  if (filter.since) query = query.where('createdAt', '>', filter.since);
  const newestFirst = await query
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  return newestFirst.reverse();
}

/**
 * Which of these provider ids a message other than `exceptMessageId` already holds. Provider ids are the
 * provider's, unique across workspaces, so this looks at every workspace's messages.
 */
export async function heldProviderIds(
  db: DbOrTrx,
  provider: 'twilio' | 'sandbox',
  providerIds: readonly string[],
  exceptMessageId: string,
): Promise<Set<string>> {
  if (providerIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('messages')
    .select('providerId')
    .where('provider', '=', provider)
    .where('providerId', 'in', providerIds)
    .where('id', '!=', exceptMessageId)
    .execute();
  return new Set(rows.flatMap((row) => (row.providerId ? [row.providerId] : [])));
}

/** Another text of the same body to the same contact whose outcome is open: it could claim the same candidate. */
export async function otherSendInFlight(db: DbOrTrx, message: MessageRow): Promise<boolean> {
  const row = await db
    .selectFrom('messages')
    .select('id')
    .where('workspaceId', '=', message.workspaceId)
    .where('contactId', '=', message.contactId)
    .where('direction', '=', 'outbound')
    .where('status', '=', 'sending')
    .where('body', '=', message.body)
    .where('id', '!=', message.id)
    .executeTakeFirst();
  return row !== undefined;
}

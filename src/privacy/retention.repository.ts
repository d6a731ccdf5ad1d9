import type { Db } from '../db/database.js';

/**
 * The sweeps of the retention job, one workspace at a time. Each works in batches (select a page of ids,
 * change those) so no statement holds a lock for long, and each selects only what is still to do, so a
 * run that stopped halfway is finished by the next.
 */

export const RETENTION_BATCH = 500;

/** Runs `step` until it handles less than a full batch; answers the total it handled. */
export async function inBatches(
  step: (limit: number) => Promise<number>,
  limit = RETENTION_BATCH,
): Promise<number> {
  let total = 0;
  for (;;) {
    const handled = await step(limit);
    total += handled;
    if (handled < limit) return total;
  }
}

const PENDING = ['queued', 'deferred', 'sending'] as const;

/** One batch of a sweep: select a page of ids, change those rows, answer how many there were. */
export async function sweep(
  select: () => Promise<{ id: string }[]>,
  change: (ids: string[]) => Promise<unknown>,
): Promise<number> {
  const rows = await select();
  if (rows.length === 0) return 0;
  await change(rows.map((r) => r.id));
  return rows.length;
}

/** Tables whose old rows the sweeps delete outright. */
type SweptTable = 'jobs' | 'webhookEvents' | 'notifications' | 'sessions' | 'calendarOauthStates';

/** Deletes these rows of the workspace, or of no workspace when `workspaceId` is null. */
const deleteIds = (db: Db, table: SweptTable, workspaceId: string | null, ids: string[]) =>
  db
    .deleteFrom(table)
    .where('workspaceId', workspaceId === null ? 'is' : '=', workspaceId)
    .where('id', 'in', ids)
    .execute();

/** Empties the bodies of texts of leads whose last activity is before the cutoff; the rows stay for counts. */
export async function scrubMessageBodies(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('messages')
        .innerJoin('leads', (join) =>
          join
            .onRef('leads.id', '=', 'messages.leadId')
            .onRef('leads.workspaceId', '=', 'messages.workspaceId'),
        )
        .select('messages.id')
        .where('messages.workspaceId', '=', workspaceId)
        .where('leads.lastActivityAt', '<', cutoff)
        .where('messages.body', '<>', '')
        .where('messages.status', 'not in', PENDING)
        .limit(limit)
        .execute(),
    (ids) =>
      db
        .updateTable('messages')
        .set({ body: '', errorMessage: null })
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', ids)
        .execute(),
  );
}

/** Deletes call transcripts on the same terms as message bodies; the call rows stay for counts. */
export async function deleteCallTranscripts(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('callTurns')
        .innerJoin('calls', (join) =>
          join
            .onRef('calls.id', '=', 'callTurns.callId')
            .onRef('calls.workspaceId', '=', 'callTurns.workspaceId'),
        )
        .innerJoin('leads', (join) =>
          join.onRef('leads.id', '=', 'calls.leadId').onRef('leads.workspaceId', '=', 'calls.workspaceId'),
        )
        .select('callTurns.id')
        .where('callTurns.workspaceId', '=', workspaceId)
        .where('leads.lastActivityAt', '<', cutoff)
        .limit(limit)
        .execute(),
    (ids) =>
      db.deleteFrom('callTurns').where('workspaceId', '=', workspaceId).where('id', 'in', ids).execute(),
  );
}

/** Clears what the lead wrote with each inquiry, on the same terms as message bodies. */
export async function scrubInquiryMessages(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('inquiries')
        .innerJoin('leads', (join) =>
          join
            .onRef('leads.id', '=', 'inquiries.leadId')
            .onRef('leads.workspaceId', '=', 'inquiries.workspaceId'),
        )
        .select('inquiries.id')
        .where('inquiries.workspaceId', '=', workspaceId)
        .where('leads.lastActivityAt', '<', cutoff)
        .where('inquiries.message', 'is not', null)
        .limit(limit)
        .execute(),
    (ids) =>
      db
        .updateTable('inquiries')
        .set({ message: null })
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', ids)
        .execute(),
  );
}

/**
 * Contacts still holding personal data whose every lead has been inactive since before the cutoff.
 * An erased contact holds none, so it is not found again.
 */
export async function listInactiveContacts(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('contacts')
    .select('contacts.id')
    .where('contacts.workspaceId', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb('contacts.name', 'is not', null),
        eb('contacts.phone', 'is not', null),
        eb('contacts.phoneRaw', 'is not', null),
        eb('contacts.email', 'is not', null),
      ]),
    )
    .where(({ and, exists, not, selectFrom }) =>
      and([
        exists(
          selectFrom('leads')
            .select('leads.id')
            .whereRef('leads.contactId', '=', 'contacts.id')
            .where('leads.workspaceId', '=', workspaceId)
            .where('leads.lastActivityAt', '<', cutoff),
        ),
        not(
          exists(
            selectFrom('leads')
              .select('leads.id')
              .whereRef('leads.contactId', '=', 'contacts.id')
              .where('leads.workspaceId', '=', workspaceId)
              .where('leads.lastActivityAt', '>=', cutoff),
          ),
        ),
      ]),
    )
    .orderBy('contacts.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteFinishedJobs(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('jobs')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('status', 'in', ['done', 'dead'])
        .where('finishedAt', '<', cutoff)
        .limit(limit)
        .execute(),
    (ids) => deleteIds(db, 'jobs', workspaceId, ids),
  );
}

export async function deleteWebhookReceipts(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('webhookEvents')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('receivedAt', '<', cutoff)
        .limit(limit)
        .execute(),
    (ids) => deleteIds(db, 'webhookEvents', workspaceId, ids),
  );
}

/** Receipts of webhooks no workspace claimed (a status for a message we do not know): kept by the default. */
export async function deleteUnclaimedWebhookReceipts(db: Db, cutoff: string, limit: number): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('webhookEvents')
        .select('id')
        .where('workspaceId', 'is', null)
        .where('receivedAt', '<', cutoff)
        .limit(limit)
        .execute(),
    (ids) => deleteIds(db, 'webhookEvents', null, ids),
  );
}

/** Notifications already delivered (or given up on); a pending one is still to be sent. */
export async function deleteNotifications(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('notifications')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('createdAt', '<', cutoff)
        .where('status', '<>', 'pending')
        .limit(limit)
        .execute(),
    (ids) => deleteIds(db, 'notifications', workspaceId, ids),
  );
}

/**
 * Rows that lapse on their own: expired sessions, and Google consents never completed (the callback would
 * refuse them anyway).
 */
function deleteExpired(table: 'sessions' | 'calendarOauthStates') {
  return (db: Db, workspaceId: string, cutoff: string, limit: number): Promise<number> =>
    sweep(
      () =>
        db
          .selectFrom(table)
          .select('id')
          .where('workspaceId', '=', workspaceId)
          .where('expiresAt', '<', cutoff)
          .limit(limit)
          .execute(),
      (ids) => deleteIds(db, table, workspaceId, ids),
    );
}

export const deleteExpiredSessions = deleteExpired('sessions');
export const deleteExpiredOauthStates = deleteExpired('calendarOauthStates');

/** Audit rows stay (who did what, when); the address the request came from goes. */
export async function clearAuditAddresses(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('auditLog')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('createdAt', '<', cutoff)
        .where('ip', 'is not', null)
        .limit(limit)
        .execute(),
    (ids) =>
      db
        .updateTable('auditLog')
        .set({ ip: null })
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', ids)
        .execute(),
  );
}

import type { DbOrTrx } from '../db/database.js';
import type { SessionRow, SessionsTable, UserRow, WorkspaceStatus } from './workspaces.table.js';

export interface SessionWithUser {
  session: SessionRow;
  user: UserRow;
  workspaceStatus: WorkspaceStatus | null;
}

export async function insertSession(db: DbOrTrx, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** One query per request: the session, its user and the workspace's status. */
export async function findSessionWithUser(
  db: DbOrTrx,
  sessionId: string,
): Promise<SessionWithUser | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .leftJoin('workspaces', 'workspaces.id', 'users.workspaceId')
    .selectAll('users')
    .select([
      'sessions.id as sessionId',
      'sessions.workspaceId as sessionWorkspaceId',
      'sessions.csrfToken',
      'sessions.ip as sessionIp',
      'sessions.userAgent as sessionUserAgent',
      'sessions.createdAt as sessionCreatedAt',
      'sessions.lastSeenAt as sessionLastSeenAt',
      'sessions.expiresAt as sessionExpiresAt',
      'workspaces.status as workspaceStatus',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    sessionId: id,
    sessionWorkspaceId,
    csrfToken,
    sessionIp,
    sessionUserAgent,
    sessionCreatedAt,
    sessionLastSeenAt,
    sessionExpiresAt,
    workspaceStatus,
    ...user
  } = row;
  return {
    session: {
      id,
      userId: user.id,
      workspaceId: sessionWorkspaceId,
      csrfToken,
      ip: sessionIp,
      userAgent: sessionUserAgent,
      createdAt: sessionCreatedAt,
      lastSeenAt: sessionLastSeenAt,
      expiresAt: sessionExpiresAt,
    },
    user,
    workspaceStatus,
  };
}

export async function touchSession(db: DbOrTrx, sessionId: string, lastSeenAt: string, expiresAt: string) {
  await db.updateTable('sessions').set({ lastSeenAt, expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: DbOrTrx, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a user, except `keep` (the one changing the password). */
export async function deleteUserSessions(db: DbOrTrx, userId: string, keep?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('userId', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: DbOrTrx, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expiresAt', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countUserSessions(db: DbOrTrx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

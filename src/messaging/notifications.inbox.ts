import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { decodePageCursor, encodePageCursor } from '../http/page-cursor.js';
import { notFound } from '../platform/errors.js';
import type { Role } from '../workspaces/workspaces.table.js';
import type { NotificationRow } from './messaging.table.js';

export interface Reader {
  workspaceId: string;
  userId: string;
  role: Role;
}

export interface InboxNote {
  row: NotificationRow;
  readAt: string | null;
}

/**
 * Who sees a note in the dashboard: the agent it names, and owners and admins for notes that name nobody
 * (the same people delivery tells).
 */
function visibleTo(reader: Reader) {
  return (eb: ExpressionBuilder<Database, 'notifications'>) => {
    const mine: Expression<SqlBool> = eb('notifications.userId', '=', reader.userId);
    return reader.role === 'agent' ? mine : eb.or([mine, eb('notifications.userId', 'is', null)]);
  };
}

export async function listNotificationsFor(
  ctx: AppContext,
  reader: Reader,
  page: { limit: number; before?: string | undefined; unreadOnly?: boolean | undefined },
): Promise<{ items: InboxNote[]; unreadCount: number; nextCursor: string | null }> {
  let query = ctx.db
    .selectFrom('notifications')
    .leftJoin('notificationReads', (join) =>
      join
        .onRef('notificationReads.notificationId', '=', 'notifications.id')
        .on('notificationReads.userId', '=', reader.userId),
    )
    .selectAll('notifications')
    .select('notificationReads.readAt as readAt')
    .where('notifications.workspaceId', '=', reader.workspaceId)
    .where(visibleTo(reader) as never);
  if (page.unreadOnly) query = query.where('notificationReads.readAt', 'is', null);
  if (page.before) {
    const cursor = decodePageCursor(page.before);
    query = query.where((eb) =>
      eb.or([
        eb('notifications.createdAt', '<', cursor.at),
        eb.and([eb('notifications.createdAt', '=', cursor.at), eb('notifications.id', '<', cursor.id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('notifications.createdAt', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const items = rows
    .slice(0, page.limit)
    .map(({ readAt, ...row }) => ({ row: row as NotificationRow, readAt }));
  const last = items.at(-1);
  return {
    items,
    unreadCount: await unreadCount(ctx, reader),
    nextCursor:
      rows.length > page.limit && last ? encodePageCursor({ at: last.row.createdAt, id: last.row.id }) : null,
  };
}

export async function unreadCount(ctx: AppContext, reader: Reader): Promise<number> {
  const row = await ctx.db
    .selectFrom('notifications')
    .leftJoin('notificationReads', (join) =>
      join
        .onRef('notificationReads.notificationId', '=', 'notifications.id')
        .on('notificationReads.userId', '=', reader.userId),
    )
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('notifications.workspaceId', '=', reader.workspaceId)
    .where(visibleTo(reader) as never)
    .where('notificationReads.readAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Marks one note read for this reader (idempotent); a note they may not see is a 404. */
export async function markNotificationRead(
  ctx: AppContext,
  reader: Reader,
  notificationId: string,
): Promise<void> {
  const note = await ctx.db
    .selectFrom('notifications')
    .select('id')
    .where('notifications.workspaceId', '=', reader.workspaceId)
    .where('notifications.id', '=', notificationId)
    .where(visibleTo(reader) as never)
    .executeTakeFirst();
  if (!note) throw notFound('Notification');
  await ctx.db
    .insertInto('notificationReads')
    .values({
      notificationId,
      userId: reader.userId,
      workspaceId: reader.workspaceId,
      readAt: ctx.clock.now().toISOString(),
    })
    .onConflict((oc) => oc.columns(['notificationId', 'userId']).doNothing())
    .execute();
}

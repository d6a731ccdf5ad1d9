import { toJson } from '../../db/schema.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { AppContext } from '../../http/context.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { audit, auditActor } from '../../workspaces/audit.service.js';
import type { RequestAuth } from '../../workspaces/auth.types.js';
import { findUser } from '../../workspaces/users.repository.js';
import { calendarAgent, listAppointmentsForCalendar } from '../calendar-appointments.js';
import {
  deleteConnection,
  findConnectionByFeedTokenHash,
  insertConnection,
  listConnections,
  updateConnection,
} from './calendars.repository.js';
import type { CalendarConnectionRow } from './calendars.table.js';
import { actorId, agentInScope } from './connections.service.js';
import { buildIcs } from './ics.js';

/** How often calendar apps should poll the feed (REFRESH-INTERVAL / X-PUBLISHED-TTL). */
const FEED_TTL_SECONDS = 15 * 60;

export function feedUrl(ctx: AppContext, token: string): string {
  return `${ctx.config.publicUrl}/calendars/feed/${token}.ics`;
}

/**
 * Issues the agent's private feed URL, or a new one: the old URL stops working at once. The token is shown
 * only now; we keep its hash, so a copy of the database does not hand out anyone's calendar.
 */
export async function issueFeed(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string; ip?: string | undefined },
): Promise<{ url: string; connection: CalendarConnectionRow }> {
  const agent = await agentInScope(ctx, props.auth, props.agentId);
  const token = randomToken();
  const now = ctx.clock.now();
  const scope = { workspaceId: props.auth.workspaceId, userId: agent.id, kind: 'ics' as const };
  const write = async () =>
    ctx.db.transaction().execute(async (trx) => {
      const [existing] = await listConnections(trx, scope);
      const id = existing?.id ?? newId(now.getTime());
      if (existing) {
        await updateConnection(trx, {
          workspaceId: scope.workspaceId,
          connectionId: existing.id,
          patch: { feedTokenHash: sha256(token), lastSyncedAt: null },
          at: now,
        });
      } else {
        await insertConnection(trx, {
          id,
          workspaceId: scope.workspaceId,
          userId: agent.id,
          kind: 'ics',
          label: 'Private calendar feed',
          settings: toJson({}),
          credentials: null,
          feedTokenHash: sha256(token),
          status: 'active',
          lastError: null,
          lastSyncedAt: null,
          createdBy: actorId(props.auth.actor),
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        });
      }
      await audit(trx, {
        workspaceId: scope.workspaceId,
        actor: auditActor(props.auth.actor),
        action: existing ? 'calendar.feed_reissued' : 'calendar.feed_issued',
        target: { type: 'calendar_connection', id },
        details: { agentId: agent.id },
        ip: props.ip,
        at: now,
      });
    });
  try {
    await write();
  } catch (error) {
    // Two first issues at once: the one-feed-per-agent index let one insert through; replace its token.
    if (!isUniqueViolation(error)) throw error;
    await write();
  }
  const [connection] = await listConnections(ctx.db, scope);
  if (!connection) throw notFound('Calendar feed');
  return { url: feedUrl(ctx, token), connection };
}

/** Revokes the agent's feed: its URL answers 404 from now on. */
export async function revokeFeed(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string; ip?: string | undefined },
): Promise<void> {
  const agent = await agentInScope(ctx, props.auth, props.agentId);
  await ctx.db.transaction().execute(async (trx) => {
    const [feed] = await listConnections(trx, {
      workspaceId: props.auth.workspaceId,
      userId: agent.id,
      kind: 'ics',
    });
    if (!feed || !(await deleteConnection(trx, { workspaceId: feed.workspaceId, connectionId: feed.id }))) {
      throw notFound('Calendar feed');
    }
    await audit(trx, {
      workspaceId: feed.workspaceId,
      actor: auditActor(props.auth.actor),
      action: 'calendar.feed_revoked',
      target: { type: 'calendar_connection', id: feed.id },
      details: { agentId: agent.id },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  });
}

/**
 * The feed behind a token: the agent's appointments from 30 days back to a year ahead, cancelled ones
 * marked STATUS:CANCELLED so subscribed calendars drop them. An unknown or revoked token is a 404.
 */
export async function renderFeed(ctx: AppContext, token: string): Promise<string> {
  const feed = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await findConnectionByFeedTokenHash(ctx.db, sha256(token))
    : undefined;
  if (!feed) throw notFound('Calendar feed');
  // A disabled user's feed goes dark with their sign-in: it carries leads' names and numbers.
  const user = await findUser(ctx.db, feed.workspaceId, feed.userId);
  const agent =
    user && !user.disabledAt ? await calendarAgent(ctx.db, feed.workspaceId, feed.userId) : undefined;
  if (!agent) throw notFound('Calendar feed');
  const appointments = await listAppointmentsForCalendar(ctx, {
    workspaceId: feed.workspaceId,
    agentId: agent.id,
  });
  const now = ctx.clock.now();
  await updateConnection(ctx.db, {
    workspaceId: feed.workspaceId,
    connectionId: feed.id,
    patch: { lastSyncedAt: now.toISOString() },
    at: now,
  });
  return buildIcs({
    entries: appointments.map((appointment) => ({ appointment, agent })),
    now,
    name: `${agent.name} · Closing Cloud`,
    timezone: agent.timezone,
    ttlSeconds: FEED_TTL_SECONDS,
  });
}

import type { AppContext } from '../../http/context.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { audit, auditActor } from '../../workspaces/audit.service.js';
import type { Actor, RequestAuth } from '../../workspaces/auth.types.js';
import { findUser } from '../../workspaces/users.repository.js';
import type { UserRow } from '../../workspaces/workspaces.table.js';
import { type CaldavConnectProps, prepareCaldavConnection } from './caldav.js';
import {
  deleteConnection,
  findConnection,
  insertConnection,
  listConnections,
} from './calendars.repository.js';
import type { CalendarConnectionRow } from './calendars.table.js';
import { type GoogleCredentials, openCredentials } from './credentials.js';
import { revokeTokens } from './google.oauth.js';

/**
 * The agent whose calendars the caller may manage: an agent their own, an owner or admin anyone's in the
 * workspace, an API key anyone's. Someone outside the workspace is a 404, like any other foreign id.
 */
export async function agentInScope(ctx: AppContext, auth: RequestAuth, agentId: string): Promise<UserRow> {
  const user = await findUser(ctx.db, auth.workspaceId, agentId);
  if (!user || user.isOperator) throw notFound('Agent');
  const { actor } = auth;
  if (actor.type === 'user' && actor.role === 'agent' && actor.userId !== agentId) {
    throw forbidden("Agents manage their own calendars; an owner or admin can manage anyone's");
  }
  return user;
}

export const actorId = (actor: Actor): string | null =>
  actor.type === 'user' ? actor.userId : `api_key:${actor.apiKeyId}`;

export async function listAgentCalendars(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string },
): Promise<CalendarConnectionRow[]> {
  const agent = await agentInScope(ctx, props.auth, props.agentId);
  return listConnections(ctx.db, { workspaceId: props.auth.workspaceId, userId: agent.id });
}

export async function getAgentCalendar(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string; connectionId: string },
): Promise<CalendarConnectionRow> {
  const agent = await agentInScope(ctx, props.auth, props.agentId);
  const row = await findConnection(ctx.db, {
    workspaceId: props.auth.workspaceId,
    connectionId: props.connectionId,
  });
  if (!row || row.userId !== agent.id) throw notFound('Calendar');
  return row;
}

/** Connects a CalDAV calendar after checking the account against the server. */
export async function connectCaldavCalendar(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string; account: CaldavConnectProps; ip?: string | undefined },
): Promise<CalendarConnectionRow> {
  const agent = await agentInScope(ctx, props.auth, props.agentId);
  const row = await prepareCaldavConnection(ctx, {
    ...props.account,
    workspaceId: props.auth.workspaceId,
    agentId: agent.id,
    by: actorId(props.auth.actor),
  });
  await ctx.db.transaction().execute(async (trx) => {
    await insertConnection(trx, row);
    await audit(trx, {
      workspaceId: props.auth.workspaceId,
      actor: auditActor(props.auth.actor),
      action: 'calendar.connected',
      target: { type: 'calendar_connection', id: row.id },
      details: { kind: 'caldav', agentId: agent.id },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  });
  const stored = await findConnection(ctx.db, { workspaceId: row.workspaceId, connectionId: row.id });
  if (!stored) throw notFound('Calendar');
  return stored;
}

/**
 * Forgets a connection and its credentials (and, for Google, withdraws the grant). Events already written
 * stay in that calendar: it is the agent's, and they may want the history; new changes stop reaching it.
 */
export async function disconnectCalendar(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string; connectionId: string; ip?: string | undefined },
): Promise<void> {
  const row = await getAgentCalendar(ctx, props);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteConnection(trx, { workspaceId: row.workspaceId, connectionId: row.id }))) {
      throw notFound('Calendar');
    }
    await audit(trx, {
      workspaceId: row.workspaceId,
      actor: auditActor(props.auth.actor),
      action: 'calendar.disconnected',
      target: { type: 'calendar_connection', id: row.id },
      details: { kind: row.kind, agentId: row.userId },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  });
  if (row.kind === 'google' && row.credentials) {
    await revokeTokens(ctx.config, openCredentials<GoogleCredentials>(ctx.config, row.credentials));
  }
}

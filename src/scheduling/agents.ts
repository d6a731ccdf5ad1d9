import type { DbOrTrx } from '../db/database.js';
import { notFound } from '../platform/errors.js';
import { findUser, listUsers } from '../workspaces/users.repository.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import type { UserRow } from '../workspaces/workspaces.table.js';
import type { CalendarAgent } from './calendar.types.js';

/** The workspace's zone: the fallback for an agent or a lead without one. */
export async function workspaceZone(db: DbOrTrx, workspaceId: string): Promise<string> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace.timezone;
}

export function toCalendarAgent(user: UserRow, fallbackZone: string): CalendarAgent {
  return {
    id: user.id,
    workspaceId: user.workspaceId as string,
    name: user.name,
    email: user.email,
    timezone: user.timezone ?? fallbackZone,
  };
}

/** A user of the workspace who can hold appointments (not disabled), or 404. */
export async function findAgent(db: DbOrTrx, workspaceId: string, agentId: string): Promise<UserRow> {
  const user = await findUser(db, workspaceId, agentId);
  if (!user) throw notFound('Agent');
  return user;
}

export async function activeAgents(db: DbOrTrx, workspaceId: string): Promise<Map<string, UserRow>> {
  const users = await listUsers(db, workspaceId);
  return new Map(users.filter((u) => u.disabledAt === null).map((u) => [u.id, u]));
}

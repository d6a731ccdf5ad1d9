import type { Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { notFound } from '../platform/errors.js';
import { audit, auditActor } from './audit.service.js';
import type { Actor } from './auth.types.js';
import { DEMO_SLUG, type DemoWorkspace, ensureDemoWorkspace } from './demo.service.js';
import { hashPassword } from './passwords.js';
import { insertUserAudited } from './users.service.js';
import { insertWorkspaceAudited, type NewWorkspaceProps } from './workspace-creation.js';
import { WORKSPACE_RESUMED_JOB } from './workspaces.jobs.js';
import {
  findWorkspace,
  findWorkspaceBySlug,
  listWorkspaces,
  updateWorkspace,
} from './workspaces.repository.js';
import { canonicalTimeZone, type UpdateWorkspaceBody } from './workspaces.schema.js';
import type { UserRow, WorkspaceRow } from './workspaces.table.js';

// What the CLI and other modules call; the implementations live beside their tables.
export { createApiKey } from './api-keys.service.js';
export { pruneExpiredSessions } from './auth.service.js';
export { ensureDemoWorkspace } from './demo.service.js';
export { createOperator, createUser } from './users.service.js';

export async function createWorkspace(ctx: AppContext, props: NewWorkspaceProps): Promise<WorkspaceRow> {
  return ctx.db
    .transaction()
    .execute((trx) => insertWorkspaceAudited(trx, { ...props, by: auditActor(), at: ctx.clock.now() }));
}

export interface NewOwner {
  email: string;
  name: string;
  password: string;
}

type HashedOwner = Omit<NewOwner, 'password'> & { passwordHash: string };

/** The first owner's password hashed before a transaction opens: argon2 takes a while. */
export async function hashOwner(owner: NewOwner | undefined): Promise<HashedOwner | undefined> {
  if (!owner) return undefined;
  return { email: owner.email, name: owner.name, passwordHash: await hashPassword(owner.password) };
}

/** The operator's "new customer": a workspace and, optionally, its first owner, in one transaction. */
export async function createWorkspaceWithOwner(
  ctx: AppContext,
  props: NewWorkspaceProps & { owner?: NewOwner | undefined; operatorId: string; ip?: string | undefined },
): Promise<{ workspace: WorkspaceRow; owner: UserRow | null }> {
  const owner = await hashOwner(props.owner);
  const at = ctx.clock.now();
  return ctx.db.transaction().execute((trx) => insertWorkspaceWithOwner(trx, { ...props, owner, at }));
}

/**
 * The workspace and its first owner with their audit rows, inside the caller's transaction, for a creation
 * that does more in the same commit (a template applied to it).
 */
export async function insertWorkspaceWithOwner(
  trx: Trx,
  props: NewWorkspaceProps & {
    owner?: HashedOwner | undefined;
    operatorId: string;
    ip?: string | undefined;
    at: Date;
  },
): Promise<{ workspace: WorkspaceRow; owner: UserRow | null }> {
  const by = { type: 'operator', id: props.operatorId } as const;
  const workspace = await insertWorkspaceAudited(trx, { ...props, by });
  const owner = props.owner
    ? await insertUserAudited(trx, {
        workspaceId: workspace.id,
        ...props.owner,
        role: 'owner',
        auditAs: by,
        ip: props.ip,
        at: props.at,
      })
    : null;
  return { workspace, owner };
}

export async function getWorkspace(ctx: AppContext, workspaceId: string): Promise<WorkspaceRow> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  return workspace;
}

export function listAllWorkspaces(ctx: AppContext): Promise<WorkspaceRow[]> {
  return listWorkspaces(ctx.db);
}

export async function updateWorkspaceSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: UpdateWorkspaceBody; by: Actor; ip?: string | undefined },
): Promise<WorkspaceRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findWorkspace(trx, props.workspaceId);
    if (!current) throw notFound('Workspace');
    const next = {
      name: props.patch.name ?? current.name,
      timezone: props.patch.timezone ? canonicalTimeZone(props.patch.timezone) : current.timezone,
      defaultRegion: props.patch.defaultRegion ?? current.defaultRegion,
    };
    const changes: Record<string, { from: string; to: string }> = {};
    for (const key of ['name', 'timezone', 'defaultRegion'] as const) {
      if (next[key] !== current[key]) changes[key] = { from: current[key], to: next[key] };
    }
    if (Object.keys(changes).length === 0) return current;
    const updated = await updateWorkspace(trx, props.workspaceId, { ...next, updatedAt: now.toISOString() });
    if (!updated) throw notFound('Workspace');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'workspace.updated',
      target: { type: 'workspace', id: props.workspaceId },
      details: { changes },
      ip: props.ip,
      at: now,
    });
    return updated;
  });
}

/**
 * Suspending keeps every row and session: its users still sign in and read, but write nothing, its API keys
 * are refused, and the gate holds its automated texts and calls (`workspace_suspended`) until it is resumed,
 * when they are released.
 */
export async function setWorkspaceSuspended(
  ctx: AppContext,
  props: { workspaceId: string; suspended: boolean; operatorId: string; ip?: string | undefined },
): Promise<WorkspaceRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await findWorkspace(trx, props.workspaceId);
    if (!current) throw notFound('Workspace');
    if ((current.status === 'suspended') === props.suspended) return current;
    const updated = await updateWorkspace(trx, props.workspaceId, {
      status: props.suspended ? 'suspended' : 'active',
      suspendedAt: props.suspended ? now.toISOString() : null,
      updatedAt: now.toISOString(),
    });
    if (!updated) throw notFound('Workspace');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: { type: 'operator', id: props.operatorId },
      action: props.suspended ? 'workspace.suspended' : 'workspace.resumed',
      target: { type: 'workspace', id: props.workspaceId },
      ip: props.ip,
      at: now,
    });
    if (!props.suspended) {
      const { workspaceId } = props;
      const uniqueKey = `${WORKSPACE_RESUMED_JOB}:${workspaceId}:${now.toISOString()}`;
      const event = { name: WORKSPACE_RESUMED_JOB, workspaceId, payload: { workspaceId }, uniqueKey };
      await enqueue(trx, { ...event, maxAttempts: 10 }, ctx.clock);
    }
    return updated;
  });
}

/** What `start` did about the demo workspace: made it now (its sign-in is shown once), found it, or neither. */
export type DemoAtStart = { created: DemoWorkspace } | { existing: true } | null;

/**
 * The demo workspace at `start`, when wanted: made when asked for (`--demo`) or, by default, on a database
 * with no workspace yet. One that exists is only found, never reissued, so a restart leaves its owner's
 * password alone.
 */
export async function demoAtStart(
  ctx: AppContext,
  props: { wanted: boolean; asked: boolean },
): Promise<DemoAtStart> {
  if (!props.wanted) return null;
  if (await findWorkspaceBySlug(ctx.db, DEMO_SLUG)) return { existing: true };
  if (!props.asked && (await listWorkspaces(ctx.db)).length > 0) return null;
  return { created: await ensureDemoWorkspace(ctx) };
}

import type { DbOrTrx } from '../db/database.js';
import { toBool } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { conflict, forbidden, notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { type AuditEntry, audit, auditActor } from './audit.service.js';
import type { Actor } from './auth.types.js';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';
import { deleteUserSessions } from './sessions.repository.js';
import { type AlertChannel, agentMobilePhone, storedAlertChannels } from './users.alerts.js';
import {
  countActiveUsersWithRole,
  findUser,
  insertUser,
  listUsers,
  updateUser as updateUserRow,
} from './users.repository.js';
import { findWorkspace, lockWorkspace } from './workspaces.repository.js';
import {
  canonicalTimeZone,
  isTimeZone,
  normaliseEmail,
  type UpdateMeBody,
  type UpdateUserBody,
} from './workspaces.schema.js';
import type { Role, UserRow } from './workspaces.table.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks the HTTP schema makes, repeated for callers that skip it (the CLI). */
function checkNewCredentials(email: string, password: string): void {
  if (!EMAIL.test(email)) throw unprocessable('The email address is not valid', undefined, 'invalid_email');
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw unprocessable(
      `The password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
      undefined,
      'weak_password',
    );
  }
}

export interface NewUserProps {
  workspaceId: string | null;
  email: string;
  name: string;
  role: Role | null;
  isOperator?: boolean;
  passwordHash: string;
  timezone?: string | null | undefined;
  /** E.164, already checked. */
  phone?: string | null | undefined;
  alertChannels?: readonly AlertChannel[] | undefined;
  /** Who is creating the user, as the audit log records it (the system when absent). */
  auditAs?: AuditEntry['actor'] | undefined;
  ip?: string | undefined;
  at: Date;
}

/** Inserts a user and its audit row inside the caller's transaction. */
export async function insertUserAudited(trx: DbOrTrx, props: NewUserProps): Promise<UserRow> {
  const at = props.at.toISOString();
  let user: UserRow;
  try {
    user = await insertUser(trx, {
      id: newId(),
      workspaceId: props.workspaceId,
      email: normaliseEmail(props.email),
      name: props.name.trim(),
      role: props.role,
      isOperator: toBool(props.isOperator ?? false),
      passwordHash: props.passwordHash,
      disabledAt: null,
      timezone: props.timezone ? canonicalTimeZone(props.timezone) : null,
      phone: props.phone ?? null,
      alertChannels: props.alertChannels ? storedAlertChannels(props.alertChannels) : null,
      createdAt: at,
      updatedAt: at,
      passwordChangedAt: at,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('A user with this email already exists', 'email_taken');
    throw error;
  }
  await audit(trx, {
    workspaceId: props.workspaceId,
    actor: props.auditAs ?? auditActor(),
    action: props.isOperator ? 'operator.created' : 'user.created',
    target: { type: 'user', id: user.id },
    details: { role: props.role },
    ip: props.ip,
    at: props.at,
  });
  return user;
}

export async function createUser(
  ctx: AppContext,
  props: {
    workspaceId: string;
    email: string;
    name: string;
    role: Role;
    password: string;
    timezone?: string | undefined;
    mobilePhone?: string | undefined;
    alertChannels?: AlertChannel[] | undefined;
    by?: Actor | undefined;
    ip?: string | undefined;
  },
): Promise<UserRow> {
  checkNewCredentials(normaliseEmail(props.email), props.password);
  if (props.timezone && !isTimeZone(props.timezone))
    throw unprocessable('Unknown time zone', undefined, 'invalid_timezone');
  if (props.role === 'owner' && props.by && !isOwner(props.by)) throw onlyOwners();
  const passwordHash = await hashPassword(props.password);
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await lockWorkspace(trx, props.workspaceId);
    if (!workspace) throw notFound('Workspace');
    const { mobilePhone, ...rest } = props;
    return insertUserAudited(trx, {
      ...rest,
      phone: mobilePhone ? agentMobilePhone(mobilePhone, workspace.defaultRegion) : null,
      passwordHash,
      auditAs: auditActor(props.by),
      at: ctx.clock.now(),
    });
  });
}

/** A platform administrator: belongs to no workspace and may only use the operator routes. */
export async function createOperator(
  ctx: AppContext,
  props: { email: string; name: string; password: string },
): Promise<UserRow> {
  checkNewCredentials(normaliseEmail(props.email), props.password);
  const passwordHash = await hashPassword(props.password);
  return ctx.db.transaction().execute((trx) =>
    insertUserAudited(trx, {
      workspaceId: null,
      email: props.email,
      name: props.name,
      role: null,
      isOperator: true,
      passwordHash,
      at: ctx.clock.now(),
    }),
  );
}

export function listWorkspaceUsers(ctx: AppContext, workspaceId: string): Promise<UserRow[]> {
  return listUsers(ctx.db, workspaceId);
}

export async function getUser(
  ctx: AppContext,
  props: { workspaceId: string; userId: string },
): Promise<UserRow> {
  const user = await findUser(ctx.db, props.workspaceId, props.userId);
  if (!user) throw notFound('User');
  return user;
}

const isOwner = (actor: Actor) => actor.type === 'user' && actor.role === 'owner';
const onlyOwners = () => forbidden('Only an owner may grant the owner role or change an owner');

/**
 * Renames, re-roles, disables or re-enables a user. Owners are guarded twice: only an owner may
 * touch the owner role, and the workspace always keeps one active owner.
 */
export async function updateUser(
  ctx: AppContext,
  props: { workspaceId: string; userId: string; patch: UpdateUserBody; by: Actor; ip?: string | undefined },
): Promise<UserRow> {
  const { patch } = props;
  const now = ctx.clock.now();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await lockWorkspace(trx, props.workspaceId);
    const target = await findUser(trx, props.workspaceId, props.userId);
    if (!target) throw notFound('User');
    if ((patch.role === 'owner' || target.role === 'owner') && !isOwner(props.by)) throw onlyOwners();
    const losesOwner =
      target.role === 'owner' &&
      target.disabledAt === null &&
      ((patch.role !== undefined && patch.role !== 'owner') || patch.disabled === true);
    if (losesOwner && (await countActiveUsersWithRole(trx, props.workspaceId, 'owner')) <= 1) {
      throw conflict('A workspace must keep at least one active owner', 'last_owner');
    }

    const disabling = patch.disabled === true && target.disabledAt === null;
    const enabling = patch.disabled === false && target.disabledAt !== null;
    const changes: Record<string, unknown> = {};
    if (patch.role !== undefined && patch.role !== target.role)
      changes.role = { from: target.role, to: patch.role };
    if (disabling || enabling) changes.disabled = { from: !enabling, to: !disabling };
    // Names are personal data: the log says that it changed, not what it was.
    if (patch.name !== undefined && patch.name !== target.name) changes.name = 'changed';
    if (patch.timezone !== undefined && patch.timezone !== target.timezone) changes.timezone = 'changed';
    const alerts = alertChanges(target, patch, workspace?.defaultRegion ?? 'US');
    Object.assign(changes, alerts.changes);
    if (Object.keys(changes).length === 0) return target;

    const updated = await updateUserRow(trx, props.workspaceId, props.userId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.timezone !== undefined
        ? { timezone: patch.timezone && canonicalTimeZone(patch.timezone) }
        : {}),
      ...alerts.columns,
      ...(disabling ? { disabledAt: at } : enabling ? { disabledAt: null } : {}),
      updatedAt: at,
    });
    if (!updated) throw notFound('User');
    if (disabling) await deleteUserSessions(trx, updated.id);
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: disabling ? 'user.disabled' : enabling ? 'user.enabled' : 'user.updated',
      target: { type: 'user', id: updated.id },
      details: { changes },
      ip: props.ip,
      at: now,
    });
    return updated;
  });
}

/** The alert fields of a patch, as columns and as audit changes that name no number. */
function alertChanges(
  target: UserRow,
  patch: Pick<UpdateUserBody, 'mobilePhone' | 'alertChannels'>,
  region: string,
): { columns: Partial<Pick<UserRow, 'phone' | 'alertChannels'>>; changes: Record<string, unknown> } {
  const columns: Partial<Pick<UserRow, 'phone' | 'alertChannels'>> = {};
  const changes: Record<string, unknown> = {};
  if (patch.mobilePhone !== undefined) {
    const phone = patch.mobilePhone === null ? null : agentMobilePhone(patch.mobilePhone, region);
    if (phone !== target.phone) {
      columns.phone = phone;
      changes.mobilePhone = phone === null ? 'removed' : 'changed';
    }
  }
  if (patch.alertChannels !== undefined) {
    const stored = storedAlertChannels(patch.alertChannels);
    if (stored !== target.alertChannels) {
      columns.alertChannels = stored;
      changes.alertChannels = { from: target.alertChannels, to: stored };
    }
  }
  return { columns, changes };
}

/** What a person may change about themself: their time zone, mobile phone and alert channels. */
export async function updateMe(
  ctx: AppContext,
  props: {
    workspaceId: string;
    userId: string;
    patch: UpdateMeBody;
    ip?: string | undefined;
    /** `system` when an operator changes it from the command line. */
    by?: 'self' | 'system';
  },
): Promise<UserRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const target = await findUser(trx, props.workspaceId, props.userId);
    if (!target) throw notFound('User');
    const workspace = await findWorkspace(trx, props.workspaceId);
    const alerts = alertChanges(target, props.patch, workspace?.defaultRegion ?? 'US');
    const changes = { ...alerts.changes };
    const { timezone } = props.patch;
    if (timezone !== undefined && timezone !== target.timezone) changes.timezone = 'changed';
    if (Object.keys(changes).length === 0) return target;
    const updated = await updateUserRow(trx, props.workspaceId, props.userId, {
      ...alerts.columns,
      ...(timezone !== undefined ? { timezone: timezone && canonicalTimeZone(timezone) } : {}),
      updatedAt: now.toISOString(),
    });
    if (!updated) throw notFound('User');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: props.by === 'system' ? auditActor() : { type: 'user', id: target.id },
      action: 'user.updated',
      target: { type: 'user', id: target.id },
      details: { changes },
      ip: props.ip,
      at: now,
    });
    return updated;
  });
}

import { fromBool } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { MINUTE } from '../platform/clock.js';
import { randomToken, sha256 } from '../platform/crypto.js';
import { AppError, forbidden, unauthorized } from '../platform/errors.js';
import { findApiKeyByHash, touchApiKey } from './api-keys.repository.js';
import { audit } from './audit.service.js';
import type { ApiKeyPrincipal, SessionPrincipal } from './auth.types.js';
import { forgetDemoPassword } from './demo.service.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './sessions.repository.js';
import {
  clearSignInFailures,
  recordSignInFailure,
  type SignInKeys,
  signInKeys,
  signInWait,
} from './sign-in-throttle.js';
import { findUserByEmail, findUserById, updateUserCredentials } from './users.repository.js';
import { findWorkspace } from './workspaces.repository.js';
import { normaliseEmail } from './workspaces.schema.js';
import type { UserRow, WorkspaceRow } from './workspaces.table.js';

/** Sliding sessions and key use are written at most this often, not on every request. */
const TOUCH_EVERY_MS = MINUTE;

const invalidCredentials = () => unauthorized('The email or password is wrong', 'invalid_credentials');

export const workspaceSuspended = () =>
  forbidden(
    'This workspace is suspended: it can be read, not changed, until it is resumed',
    'workspace_suspended',
  );

function sessionExpiry(ctx: AppContext, from: Date): string {
  return new Date(from.getTime() + ctx.config.auth.sessionDays * 24 * 60 * MINUTE).toISOString();
}

/** The same for every email, with or without an account, so the answer tells nothing about it. */
const signInThrottled = (retryAfterSeconds: number) =>
  new AppError(429, 'sign_in_throttled', 'Too many failed sign-ins; wait before trying again', {
    retryAfterSeconds,
  });

function signInAuditEntry(user: UserRow, ip: string, at: Date) {
  return {
    workspaceId: user.workspaceId,
    actor: { type: fromBool(user.isOperator) ? 'operator' : 'user', id: user.id } as const,
    target: { type: 'user', id: user.id },
    ip,
    at,
  };
}

/**
 * Counts a wrong password, or a sign-in for an email with no account, the same way; only a real account's
 * failures and waits are audited.
 */
async function refuseWrongPassword(
  ctx: AppContext,
  props: { keys: SignInKeys; now: Date; entry?: ReturnType<typeof signInAuditEntry> },
): Promise<AppError> {
  const { maxFailures, lockMinutes } = ctx.config.auth;
  const failure = await recordSignInFailure(ctx.db, {
    keys: props.keys,
    now: props.now,
    policy: { maxFailures, capMs: lockMinutes * MINUTE },
  });
  const { entry } = props;
  if (entry) {
    const { failures, waitSeconds, accountUnderAttack } = failure;
    await ctx.db.transaction().execute(async (trx) => {
      await audit(trx, {
        ...entry,
        action: 'auth.sign_in_failed',
        details: { reason: 'bad_password', failures },
      });
      if (waitSeconds > 0) {
        const details = { failures, waitSeconds, accountUnderAttack };
        await audit(trx, { ...entry, action: 'auth.sign_in_throttled', details });
      }
    });
  }
  return failure.waitSeconds > 0 ? signInThrottled(failure.waitSeconds) : invalidCredentials();
}

export interface SignInResult {
  /** The cookie value. Only its sha256 is stored. */
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: UserRow;
  workspace: WorkspaceRow | null;
}

export async function signIn(
  ctx: AppContext,
  props: {
    email: string;
    password: string;
    ip: string;
    userAgent?: string | undefined;
    previousToken?: string | undefined;
  },
): Promise<SignInResult> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const email = normaliseEmail(props.email);
  const keys = signInKeys(ctx.config.appSecret, email, props.ip);
  // A waiting email and address get no password check at all, so guessing meanwhile learns nothing.
  const wait = await signInWait(ctx.db, keys, now);
  if (wait > 0) throw signInThrottled(wait);

  const user = await findUserByEmail(ctx.db, email);
  if (!user) {
    await verifyAgainstDummy(props.password);
    throw await refuseWrongPassword(ctx, { keys, now });
  }
  const entry = signInAuditEntry(user, props.ip, now);
  if (!(await verifyPassword(user.passwordHash, props.password))) {
    throw await refuseWrongPassword(ctx, { keys, now, entry });
  }

  // A suspended workspace's people still sign in: they may read what is theirs, not change it (http/auth.ts).
  const workspace = user.workspaceId ? ((await findWorkspace(ctx.db, user.workspaceId)) ?? null) : null;
  const refusal = user.disabledAt ? forbidden('This account is disabled', 'account_disabled') : null;
  if (refusal) {
    await audit(ctx.db, { ...entry, action: 'auth.sign_in_failed', details: { reason: refusal.code } });
    throw refusal;
  }

  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = sessionExpiry(ctx, now);
  const sessionId = sha256(token);
  await ctx.db.transaction().execute(async (trx) => {
    // Rotation: whatever session the browser held before is ended, so a planted id is worthless.
    if (props.previousToken) await deleteSession(trx, sha256(props.previousToken));
    await insertSession(trx, {
      id: sessionId,
      userId: user.id,
      workspaceId: user.workspaceId,
      csrfToken,
      ip: props.ip,
      userAgent: props.userAgent?.slice(0, 300) ?? null,
      createdAt: at,
      lastSeenAt: at,
      expiresAt,
    });
    await clearSignInFailures(trx, keys);
    await audit(trx, { ...entry, action: 'auth.sign_in' });
  });
  return { token, csrfToken, expiresAt, user, workspace };
}

/** The session behind a cookie, or undefined when it is unknown, expired or its user disabled. */
export async function resolveSession(
  ctx: AppContext,
  token: string,
): Promise<{ principal: SessionPrincipal; refreshed: boolean } | undefined> {
  const found = await findSessionWithUser(ctx.db, sha256(token));
  if (!found) return undefined;
  const { session, user, workspaceStatus } = found;
  const now = ctx.clock.now();
  if (session.expiresAt <= now.toISOString()) {
    await deleteSession(ctx.db, session.id);
    return undefined;
  }
  if (user.disabledAt) return undefined;
  let expiresAt = session.expiresAt;
  const refreshed = now.getTime() - new Date(session.lastSeenAt).getTime() >= TOUCH_EVERY_MS;
  if (refreshed) {
    expiresAt = sessionExpiry(ctx, now);
    await touchSession(ctx.db, session.id, now.toISOString(), expiresAt);
  }
  return {
    principal: {
      sessionId: session.id,
      userId: user.id,
      workspaceId: user.workspaceId,
      workspaceStatus,
      role: user.role,
      isOperator: fromBool(user.isOperator),
      csrfToken: session.csrfToken,
      expiresAt,
    },
    refreshed,
  };
}

export async function resolveApiKey(ctx: AppContext, secret: string): Promise<ApiKeyPrincipal | undefined> {
  const found = await findApiKeyByHash(ctx.db, sha256(secret));
  if (!found || found.apiKey.revokedAt) return undefined;
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - TOUCH_EVERY_MS).toISOString();
  // Skip the write (a commit on every request) while the stored time is recent; the update re-checks it.
  const { lastUsedAt } = found.apiKey;
  if (lastUsedAt === null || lastUsedAt < since) {
    await touchApiKey(ctx.db, found.apiKey.id, now.toISOString(), since);
    // The found key may be this process's cached one: remember the write so the next request skips it.
    found.apiKey.lastUsedAt = now.toISOString();
  }
  return {
    apiKeyId: found.apiKey.id,
    workspaceId: found.apiKey.workspaceId,
    workspaceStatus: found.workspaceStatus,
  };
}

export async function signOut(
  ctx: AppContext,
  props: { principal: SessionPrincipal; ip: string },
): Promise<void> {
  const { principal } = props;
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, principal.sessionId);
    await audit(trx, {
      workspaceId: principal.workspaceId,
      actor: { type: principal.isOperator ? 'operator' : 'user', id: principal.userId },
      action: 'auth.sign_out',
      target: { type: 'user', id: principal.userId },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  });
}

export async function getSessionView(
  ctx: AppContext,
  principal: SessionPrincipal,
): Promise<{ user: UserRow; workspace: WorkspaceRow | null }> {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw unauthorized();
  const workspace = user.workspaceId ? ((await findWorkspace(ctx.db, user.workspaceId)) ?? null) : null;
  return { user, workspace };
}

/** Changes the password and ends the user's other sessions, in case one of them is the reason. */
export async function changePassword(
  ctx: AppContext,
  props: { principal: SessionPrincipal; currentPassword: string; newPassword: string; ip: string },
): Promise<void> {
  const { principal } = props;
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw unauthorized();
  if (!(await verifyPassword(user.passwordHash, props.currentPassword))) {
    throw forbidden('The current password is wrong', 'invalid_current_password');
  }
  const passwordHash = await hashPassword(props.newPassword);
  const now = ctx.clock.now();
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserCredentials(trx, user.id, { passwordHash, passwordChangedAt: at, updatedAt: at });
    const ended = await deleteUserSessions(trx, user.id, principal.sessionId);
    if (user.workspaceId) await forgetDemoPassword(trx, { workspaceId: user.workspaceId, userId: user.id });
    await audit(trx, {
      workspaceId: user.workspaceId,
      actor: { type: principal.isOperator ? 'operator' : 'user', id: user.id },
      action: 'auth.password_changed',
      target: { type: 'user', id: user.id },
      details: { otherSessionsEnded: ended },
      ip: props.ip,
      at: now,
    });
  });
}

/** For the nightly job: expired sessions are refused anyway; this keeps the table small. */
export async function pruneExpiredSessions(ctx: AppContext): Promise<{ deleted: number }> {
  return { deleted: await deleteExpiredSessions(ctx.db, ctx.clock.now().toISOString()) };
}

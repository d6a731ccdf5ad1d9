import { createHmac } from 'node:crypto';
import type { AppContext } from '../http/context.js';
import { MINUTE } from '../platform/clock.js';
import { safeEqual } from '../platform/crypto.js';
import { forbidden } from '../platform/errors.js';
import { audit } from '../workspaces/audit.service.js';
import type { RequestAuth, SessionPrincipal } from '../workspaces/auth.types.js';
import { getWorkspace } from '../workspaces/workspaces.service.js';

/** The header an operator's session sends, with the token from `startViewAs`, to read as a workspace. */
export const VIEW_AS_HEADER = 'x-view-as';
const VIEW_AS_MINUTES = 60;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Grant {
  /** The operator's session: the token is worthless in any other. */
  s: string;
  w: string;
  e: string;
}

function sign(ctx: AppContext, payload: string): string {
  return createHmac('sha256', ctx.config.appSecret).update(`view-as:${payload}`).digest('base64url');
}

function readGrant(ctx: AppContext, token: string): Grant | null {
  const [payload, signature] = token.split('.');
  if (!payload || !signature || !safeEqual(signature, sign(ctx, payload))) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Grant;
  } catch {
    return null;
  }
}

/** Lets an operator read a workspace for support; recorded in the workspace's audit log and the operator's. */
export async function startViewAs(
  ctx: AppContext,
  props: { session: SessionPrincipal; workspaceId: string; ip: string },
): Promise<{ workspaceId: string; token: string; expiresAt: string }> {
  const workspace = await getWorkspace(ctx, props.workspaceId);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + VIEW_AS_MINUTES * MINUTE).toISOString();
  const payload = Buffer.from(
    JSON.stringify({ s: props.session.sessionId, w: workspace.id, e: expiresAt } satisfies Grant),
  ).toString('base64url');
  await auditBoth(ctx, { ...props, workspaceId: workspace.id, action: 'operator.view_as_started', at: now });
  return { workspaceId: workspace.id, token: `${payload}.${sign(ctx, payload)}`, expiresAt };
}

export async function endViewAs(
  ctx: AppContext,
  props: { session: SessionPrincipal; workspaceId: string; ip: string },
): Promise<void> {
  const workspace = await getWorkspace(ctx, props.workspaceId);
  await auditBoth(ctx, {
    ...props,
    workspaceId: workspace.id,
    action: 'operator.view_as_ended',
    at: ctx.clock.now(),
  });
}

function auditBoth(
  ctx: AppContext,
  props: { session: SessionPrincipal; workspaceId: string; ip: string; action: string; at: Date },
): Promise<void> {
  const entry = {
    actor: { type: 'operator' as const, id: props.session.userId },
    action: props.action,
    target: { type: 'workspace', id: props.workspaceId },
    ip: props.ip,
    at: props.at,
  };
  return ctx.db.transaction().execute(async (trx) => {
    await audit(trx, { ...entry, workspaceId: props.workspaceId });
    await audit(trx, { ...entry, workspaceId: null });
  });
}

/**
 * The workspace an operator reads as: only with the token issued to this very session, before it expires,
 * and never to write — every method that could change something is refused.
 */
export function viewAsAuth(
  ctx: AppContext,
  props: { token: string; principal: SessionPrincipal; method: string },
): RequestAuth {
  const grant = readGrant(ctx, props.token);
  if (!props.principal.isOperator || !grant || grant.s !== props.principal.sessionId) {
    throw forbidden('The view-as token is not valid for this session', 'view_as_invalid');
  }
  if (new Date(grant.e).getTime() <= ctx.clock.now().getTime()) {
    throw forbidden('The view-as token has expired; start viewing again', 'view_as_expired');
  }
  if (!SAFE_METHODS.has(props.method)) {
    throw forbidden('Viewing as a workspace is read-only', 'view_as_read_only');
  }
  const { userId, sessionId } = props.principal;
  return {
    workspaceId: grant.w,
    actor: { type: 'user', userId, role: 'owner', isOperator: true, sessionId },
  };
}

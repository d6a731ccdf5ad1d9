import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { VIEW_AS_HEADER, viewAsAuth } from '../agency/view-as.service.js';
import { safeEqual } from '../platform/crypto.js';
import { forbidden, unauthorized } from '../platform/errors.js';
import { resolveApiKey, resolveSession, workspaceSuspended } from '../workspaces/auth.service.js';
import type { RequestAuth, SessionPrincipal } from '../workspaces/auth.types.js';
import type { Role } from '../workspaces/workspaces.table.js';
import type { AppContext } from './context.js';

export const SESSION_COOKIE = 'cc_session';
export const CSRF_HEADER = 'x-csrf-token';
/** Every route under this prefix is authenticated unless its config says `auth: 'public'`. */
export const API_PREFIX = '/api/v1/';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Who may call an /api/v1 route. Without `auth`: a workspace member, by session or API key.
     * `public`: anyone. `session`: any signed-in person, operators included; never an API key.
     */
    auth?: 'public' | 'session';
    /** Roles a signed-in user needs. API keys are not people and pass, unless `apiKey: false`. */
    roles?: readonly Role[];
    /** `false`: API keys may not call the route (managing users, keys, settings). */
    apiKey?: boolean;
    /** Platform operators only (users.is_operator), by session. */
    operator?: boolean;
  }
  interface FastifyRequest {
    /** The caller and its workspace. Set on every workspace route; do not read it on public routes. */
    auth: RequestAuth;
    /** The session behind the cookie, when the request was authenticated by one. */
    userSession: SessionPrincipal | null;
  }
}

export function setSessionCookie(
  reply: FastifyReply,
  ctx: AppContext,
  token: string,
  expiresAt: string,
): void {
  const maxAge = Math.max(0, Math.floor((new Date(expiresAt).getTime() - ctx.clock.now().getTime()) / 1000));
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: ctx.config.secureCookies,
    maxAge,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: ctx.config.secureCookies,
  });
}

/** The session of a route declared `auth: 'session'` or `operator: true`. */
export function sessionOf(request: FastifyRequest): SessionPrincipal {
  if (!request.userSession) throw unauthorized();
  return request.userSession;
}

async function authenticate(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const policy = request.routeOptions.config;
  const header = request.headers.authorization;
  if (header !== undefined) {
    const secret = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
    const key = secret ? await resolveApiKey(ctx, secret) : undefined;
    if (!key) throw unauthorized('The API key is missing, malformed, unknown or revoked');
    if (key.workspaceStatus === 'suspended') throw workspaceSuspended();
    if (policy.auth === 'session' || policy.operator || policy.apiKey === false) {
      throw forbidden('API keys may not use this route; a signed-in owner or admin can');
    }
    request.auth = { workspaceId: key.workspaceId, actor: { type: 'api_key', apiKeyId: key.apiKeyId } };
    return;
  }

  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw unauthorized();
  const resolved = await resolveSession(ctx, token);
  if (!resolved) {
    clearSessionCookie(reply, ctx);
    throw unauthorized('Your session has ended; sign in again');
  }
  const { principal, refreshed } = resolved;
  // The cookie's lifetime slides with the session's, so an active user is not signed out mid-task.
  if (refreshed) setSessionCookie(reply, ctx, token, principal.expiresAt);
  request.userSession = principal;

  // A browser attaches the cookie to cross-site form posts too; only our pages can read the token.
  if (UNSAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !safeEqual(sent, principal.csrfToken)) {
      throw forbidden(`Send the session's CSRF token in the ${CSRF_HEADER} header`, 'csrf_failed');
    }
  }

  const member =
    principal.workspaceId && principal.role
      ? {
          workspaceId: principal.workspaceId,
          actor: {
            type: 'user' as const,
            userId: principal.userId,
            role: principal.role,
            isOperator: principal.isOperator,
            sessionId: principal.sessionId,
          },
        }
      : null;
  if (policy.operator) {
    if (!principal.isOperator) throw forbidden('Only platform operators may do this');
    return;
  }
  if (policy.auth === 'session') {
    if (member) request.auth = member;
    return;
  }
  const viewAs = request.headers[VIEW_AS_HEADER];
  if (typeof viewAs === 'string') {
    request.auth = viewAsAuth(ctx, { token: viewAs, principal, method: request.method });
    return;
  }
  if (!member) throw forbidden('Operators belong to no workspace; use the operator routes');
  // A suspended workspace's people still sign in and read what is theirs; they change nothing until it is resumed.
  if (principal.workspaceStatus === 'suspended' && UNSAFE_METHODS.has(request.method)) {
    throw workspaceSuspended();
  }
  if (policy.roles && !policy.roles.includes(member.actor.role)) throw forbidden('Your role may not do this');
  request.auth = member;
}

/** Resolves the caller of every /api/v1 route and applies the route's policy before the body is read. */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  // Reference-type decorations start as null (Fastify 5); the hook sets `auth` before any workspace handler runs.
  app.decorateRequest('auth', null as unknown as RequestAuth);
  app.decorateRequest('userSession', null);
  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    if (!url?.startsWith(API_PREFIX) || request.routeOptions.config.auth === 'public') return;
    await authenticate(ctx, request, reply);
  });
}

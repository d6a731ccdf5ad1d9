import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clearSessionCookie, SESSION_COOKIE, sessionOf, setSessionCookie } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { errorResponses } from '../http/schemas.js';
import { MINUTE } from '../platform/clock.js';
import { AppError, tooManyRequests } from '../platform/errors.js';
import { changePassword, getSessionView, signIn, signOut } from './auth.service.js';
import { rowToUser, rowToWorkspace } from './workspaces.presenters.js';
import { changePasswordBody, sessionSchema, signInBody } from './workspaces.schema.js';

/** Per client address, on the routes that check a password: slows guessing across many accounts. */
export const PASSWORD_ATTEMPTS_PER_MINUTE = 20;

const passwordRateLimit = {
  max: PASSWORD_ATTEMPTS_PER_MINUTE,
  timeWindow: MINUTE,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    tooManyRequests(
      'Too many attempts from this address; wait a minute',
      Math.max(1, Math.ceil(context.ttl / 1000)),
    ),
};

const noContent = z.null().describe('No content');

/**
 * Another site's HTML form can post a urlencoded body here without a CORS preflight, and would sign
 * the visitor's browser into the attacker's account (login CSRF). A form cannot send JSON.
 */
async function requireJson(request: FastifyRequest): Promise<void> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new AppError(415, 'unsupported_media_type', 'Send the sign-in as application/json');
  }
}

export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/auth/sign-in',
    {
      config: { auth: 'public', rateLimit: passwordRateLimit },
      preValidation: requireJson,
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        security: [],
        body: signInBody,
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await signIn(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        previousToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(reply, ctx, result.token, result.expiresAt);
      return {
        user: rowToUser(result.user),
        workspace: result.workspace && rowToWorkspace(result.workspace),
        csrfToken: result.csrfToken,
        expiresAt: result.expiresAt,
      };
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { auth: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await signOut(ctx, { principal: sessionOf(request), ip: request.ip });
      clearSessionCookie(reply, ctx);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/session',
    {
      config: { auth: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user and the CSRF token',
        response: { 200: sessionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const principal = sessionOf(request);
      const { user, workspace } = await getSessionView(ctx, principal);
      return {
        user: rowToUser(user),
        workspace: workspace && rowToWorkspace(workspace),
        csrfToken: principal.csrfToken,
        expiresAt: principal.expiresAt,
      };
    },
  );

  app.post(
    '/auth/password',
    {
      config: { auth: 'session', rateLimit: passwordRateLimit },
      schema: {
        tags: ['auth'],
        summary: "Change the signed-in user's password; ends their other sessions",
        body: changePasswordBody,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await changePassword(ctx, { principal: sessionOf(request), ...request.body, ip: request.ip });
      return reply.status(204).send(null);
    },
  );
};

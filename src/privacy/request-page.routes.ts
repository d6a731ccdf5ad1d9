import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { MINUTE } from '../platform/clock.js';
import { isAppError, notFound, tooManyRequests } from '../platform/errors.js';
import { takeExport } from './export-files.js';
import {
  exportParams,
  requestPageBody,
  requestPageParams,
  requestPageQuery,
  verifyPageBody,
} from './privacy.schema.js';
import { loadRequestPage, submitPublicRequest, verifyPublicRequest } from './public-requests.service.js';
import { renderCodePage, renderDonePage, renderMessagePage, renderRequestForm } from './request-page.html.js';

export const REQUEST_POSTS_PER_MINUTE = 5;

const rateLimit = (max: number) => ({
  max,
  timeWindow: MINUTE,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    tooManyRequests(
      'Too many requests from your network; wait a minute and try again',
      Math.max(1, Math.ceil(context.ttl / 1000)),
    ),
});

const html = (reply: FastifyReply, status: number, body: string) =>
  reply.status(status).type('text/html; charset=utf-8').send(body);

const pagePath = (slug: string) => `/privacy/request/${encodeURIComponent(slug)}`;

/**
 * The public privacy request pages, `/privacy/request/:workspaceSlug`: a form, then the one-time code.
 * HTML in and out, no script; errors are pages.
 */
export const requestPageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = isAppError(error) ? error.status : (error.statusCode ?? 500);
    if (status >= 500) {
      request.log.error({ err: error }, 'privacy request page failed');
      return html(
        reply,
        500,
        renderMessagePage({
          title: 'Sorry',
          message: 'Something went wrong on our side; please try again later.',
        }),
      );
    }
    const message =
      status === 404
        ? 'This page does not exist.'
        : status === 400
          ? 'Part of what was sent is not valid or too long. Go back, check the form and try again.'
          : error.message;
    return html(
      reply,
      status,
      renderMessagePage({
        title: status === 429 ? 'Please wait a moment' : 'Something is not right',
        message,
      }),
    );
  });

  app.get(
    '/privacy/request',
    {
      config: { auth: 'public', rateLimit: rateLimit(60) },
      schema: {
        tags: ['privacy'],
        summary: 'Redirects ?workspace=slug to the request page',
        security: [],
        querystring: requestPageQuery,
      },
    },
    async (request, reply) => {
      if (!request.query.workspace) throw notFound('Page');
      return reply.redirect(pagePath(request.query.workspace), 302);
    },
  );

  app.get(
    '/privacy/request/:workspaceSlug',
    {
      config: { auth: 'public', rateLimit: rateLimit(60) },
      schema: {
        tags: ['privacy'],
        summary: 'The public privacy request form (HTML)',
        security: [],
        params: requestPageParams,
      },
    },
    async (request, reply) => {
      const page = await loadRequestPage(ctx, request.params.workspaceSlug);
      return html(
        reply,
        200,
        renderRequestForm({ businessName: page.businessName, action: pagePath(page.slug) }),
      );
    },
  );

  app.post(
    '/privacy/request/:workspaceSlug',
    {
      config: { auth: 'public', rateLimit: rateLimit(REQUEST_POSTS_PER_MINUTE) },
      schema: {
        tags: ['privacy'],
        summary:
          'Submit a privacy request (urlencoded); answers the code page whether or not the person is on file',
        security: [],
        params: requestPageParams,
        body: requestPageBody,
      },
    },
    async (request, reply) => {
      const page = await loadRequestPage(ctx, request.params.workspaceSlug);
      const outcome = await submitPublicRequest(ctx, page, request.body);
      if (outcome.kind === 'invalid_identifier') {
        return html(
          reply,
          422,
          renderRequestForm({
            businessName: page.businessName,
            action: pagePath(page.slug),
            values: request.body,
            error: 'Please give the mobile number or email address you gave us.',
          }),
        );
      }
      return html(
        reply,
        200,
        renderCodePage({
          businessName: page.businessName,
          action: `${pagePath(page.slug)}/verify`,
          ticket: outcome.ticket,
        }),
      );
    },
  );

  app.post(
    '/privacy/request/:workspaceSlug/verify',
    {
      config: { auth: 'public', rateLimit: rateLimit(20) },
      schema: {
        tags: ['privacy'],
        summary: 'Check the one-time code of a privacy request (urlencoded)',
        security: [],
        params: requestPageParams,
        body: verifyPageBody,
      },
    },
    async (request, reply) => {
      const page = await loadRequestPage(ctx, request.params.workspaceSlug);
      const outcome = await verifyPublicRequest(ctx, page, request.body);
      if (outcome.kind === 'verified') {
        return html(
          reply,
          200,
          renderDonePage({
            businessName: page.businessName,
            kind: outcome.request.kind,
            dueAt: outcome.request.dueAt,
          }),
        );
      }
      if (outcome.kind === 'wrong_code') {
        return html(
          reply,
          422,
          renderCodePage({
            businessName: page.businessName,
            action: `${pagePath(page.slug)}/verify`,
            ticket: request.body.ticket,
            error: `That code is not right. ${outcome.attemptsLeft} ${outcome.attemptsLeft === 1 ? 'try' : 'tries'} left.`,
          }),
        );
      }
      return html(
        reply,
        422,
        renderMessagePage({
          title: 'This code no longer works',
          message: 'The code has expired or was entered wrongly too many times. Start again for a new one.',
          link: pagePath(page.slug),
        }),
      );
    },
  );
};

/** `GET /privacy/exports/:token`: an export's one download. Used, expired or unknown links answer 404. */
export const exportDownloadRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/privacy/exports/:token',
    {
      config: { auth: 'public', rateLimit: rateLimit(20) },
      schema: {
        tags: ['privacy'],
        summary: 'Download a privacy export (once; the link expires after 7 days)',
        security: [],
        params: exportParams,
      },
    },
    async (request, reply) => {
      const { zip, row } = await takeExport(ctx, request.params.token);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="privacy-export-${row.id}.zip"`)
        .type('application/zip')
        .send(zip);
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { htmlErrorHandler, sendHtml } from '../http/html-page.js';
import { perMinute } from '../http/rate-limit.js';
import { notFound } from '../platform/errors.js';
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

const rateLimit = (max: number) =>
  perMinute(max, 'Too many requests from your network; wait a minute and try again');

const html = sendHtml;

const pagePath = (slug: string) => `/privacy/request/${encodeURIComponent(slug)}`;

/**
 * The public privacy request pages, `/privacy/request/:workspaceSlug`: a form, then the one-time code.
 * HTML in and out, no script; errors are pages.
 */
export const requestPageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.setErrorHandler(
    htmlErrorHandler({
      failed: 'privacy request page failed',
      notFound: 'This page does not exist.',
      invalid: 'Part of what was sent is not valid or too long. Go back, check the form and try again.',
      title: (status) => (status === 429 ? 'Please wait a moment' : 'Something is not right'),
      render: renderMessagePage,
    }),
  );

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

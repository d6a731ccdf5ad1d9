import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.js';
import { htmlErrorHandler, sendHtml } from '../http/html-page.js';
import { perMinute } from '../http/rate-limit.js';
import { isAppError } from '../platform/errors.js';
import { renderErrorPage, renderFormPage, renderThanksPage } from './lead-form.html.js';
import { leadFormBody, leadFormParams, leadFormQuery } from './lead-form.schema.js';
import { loadLeadForm, submitLeadForm } from './lead-form.service.js';

export const FORM_POSTS_PER_MINUTE = 10;

/**
 * The form is made to be embedded in an agent's own site, so unlike every other page it may be framed
 * by any origin. It runs no script at all.
 */
const embeddable = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ['*'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
  },
  frameguard: false,
  crossOriginResourcePolicy: { policy: 'cross-origin' },
} as const;

const rateLimit = (max: number) =>
  perMinute(max, 'Too many submissions from your network; wait a minute and try again');

const html = sendHtml;

const TITLES: Record<number, string> = {
  400: 'Something is not right',
  404: 'Form not found',
  413: 'Too much to send',
  422: 'We need a way to reach you',
  429: 'Please wait a moment',
};

/** The hosted lead form, `/f/:workspaceSlug`: public, HTML in and out, errors as pages. */
export const leadFormRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.setErrorHandler(
    htmlErrorHandler({
      failed: 'lead form failed',
      notFound: 'This form does not exist or is no longer taking inquiries.',
      invalid: 'Part of what was sent is not valid or too long. Go back, check the form and try again.',
      title: (status) => TITLES[status] ?? 'Something is not right',
      render: renderErrorPage,
    }),
  );

  const action = (slug: string, source: string | undefined) =>
    `/f/${encodeURIComponent(slug)}${source ? `?source=${encodeURIComponent(source)}` : ''}`;

  app.get(
    '/f/:workspaceSlug',
    {
      config: { auth: 'public', rateLimit: rateLimit(120) },
      helmet: embeddable,
      schema: {
        tags: ['lead-form'],
        summary: 'The hosted lead form (HTML), embeddable in any site with an iframe',
        security: [],
        params: leadFormParams,
        querystring: leadFormQuery,
      },
    },
    async (request, reply) => {
      const form = await loadLeadForm(ctx, request.params.workspaceSlug);
      return html(
        reply,
        200,
        renderFormPage({
          form,
          action: action(form.slug, request.query.source),
          // Inside an iframe the Referer is the agent's page the form sits on.
          pageUrl: request.headers.referer,
        }),
      );
    },
  );

  app.post(
    '/f/:workspaceSlug',
    {
      config: { auth: 'public', rateLimit: rateLimit(FORM_POSTS_PER_MINUTE) },
      helmet: embeddable,
      schema: {
        tags: ['lead-form'],
        summary: 'Submit the hosted lead form (application/x-www-form-urlencoded); answers an HTML page',
        security: [],
        params: leadFormParams,
        querystring: leadFormQuery,
        body: leadFormBody,
      },
    },
    async (request, reply) => {
      const form = await loadLeadForm(ctx, request.params.workspaceSlug);
      try {
        const outcome = await submitLeadForm(ctx, {
          form,
          body: request.body,
          source: request.query.source ?? 'website-form',
          ip: request.ip,
          userAgent: request.headers['user-agent'],
          referer: request.headers.referer,
        });
        if (outcome.kind === 'dropped')
          request.log.info({ category: 'lead-form' }, 'honeypot submission dropped');
        const status = outcome.kind === 'received' ? outcome.lead.firstResponse.status : 'not_queued';
        return html(
          reply,
          200,
          renderThanksPage({
            businessName: form.businessName,
            texting: status === 'queued' || status === 'deferred',
          }),
        );
      } catch (error) {
        if (!isAppError(error) || error.code !== 'lead_unreachable') throw error;
        // The form again, with what they typed, so a missing phone and email costs one more field, not the lead.
        return html(
          reply,
          422,
          renderFormPage({
            form,
            action: action(form.slug, request.query.source),
            pageUrl: request.body.page,
            values: request.body,
            error: 'Please give a phone number or a valid email address so we can reply.',
          }),
        );
      }
    },
  );
};

import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { htmlErrorHandler } from '../http/html-page.js';
import { perMinute } from '../http/rate-limit.js';
import { dateSchema, instantSchema } from '../http/schemas.js';
import { isAppError } from '../platform/errors.js';
import { timeZoneSchema } from './availability.schema.js';
import { renderBookedPage, renderBookingErrorPage, renderBookingPage } from './booking-page.html.js';
import { loadBookingPage, submitBookingPage } from './booking-page.service.js';

const params = z.strictObject({ token: z.string().min(1).max(200) });
const query = z.object({
  day: dateSchema.optional().describe('First day shown, YYYY-MM-DD in the zone shown'),
  tz: timeZoneSchema.optional().describe("Show times in this zone instead of the lead's"),
});
const body = z.object({ start: instantSchema });

const rateLimit = (max: number) => perMinute(max, 'Too many requests; wait a minute and try again');

const html = (reply: FastifyReply, status: number, content: string) =>
  reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(content);

const TITLES: Record<number, string> = {
  400: 'Something is not right',
  404: 'Link not found',
  410: 'This link has expired',
  429: 'Please wait a moment',
};

/** The booking page a lead opens from a text, `/b/:token`: public, HTML in and out, errors as pages. */
export const bookingPageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.setErrorHandler(
    htmlErrorHandler({
      failed: 'booking page failed',
      notFound: 'This booking link does not exist. Reply to our text and we will send a new one.',
      invalid: 'That request was not valid. Go back and pick a time again.',
      title: (status) => TITLES[status] ?? 'Something is not right',
      render: renderBookingErrorPage,
      send: html,
    }),
  );

  const base = (token: string) => `/b/${encodeURIComponent(token)}`;

  app.get(
    '/b/:token',
    {
      config: { rateLimit: rateLimit(120) },
      schema: {
        tags: ['booking-page'],
        summary: 'The booking page (HTML): a week of free times in the lead’s zone, each a one-click form',
        security: [],
        params,
        querystring: query,
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const view = await loadBookingPage(ctx, { token, day: request.query.day, tz: request.query.tz });
      const tz = request.query.tz;
      return html(
        reply,
        200,
        renderBookingPage({
          view,
          action: `${base(token)}${tz ? `?tz=${encodeURIComponent(tz)}` : ''}`,
          base: base(token),
          tz,
        }),
      );
    },
  );

  app.post(
    '/b/:token',
    {
      config: { rateLimit: rateLimit(20) },
      schema: {
        tags: ['booking-page'],
        summary: 'Book the time picked (application/x-www-form-urlencoded `start`); answers an HTML page',
        security: [],
        params,
        querystring: query,
        body,
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      const tz = request.query.tz;
      try {
        const result = await submitBookingPage(ctx, { token, start: request.body.start, tz, ip: request.ip });
        return html(reply, 200, renderBookedPage(result));
      } catch (error) {
        if (!isAppError(error) || error.code !== 'slot_unavailable') throw error;
        // The page again, fresh, with the reason: the time was taken between drawing the page and the click.
        const view = await loadBookingPage(ctx, { token, tz });
        return html(
          reply,
          409,
          renderBookingPage({
            view,
            action: `${base(token)}${tz ? `?tz=${encodeURIComponent(tz)}` : ''}`,
            base: base(token),
            tz,
            error: 'Sorry, that time was just taken. Please pick another.',
          }),
        );
      }
    },
  );
};

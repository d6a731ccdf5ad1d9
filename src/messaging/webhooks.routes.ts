import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorSchema } from '../http/schemas.js';
import { enqueue } from '../jobs/jobs.service.js';
import { forbidden } from '../platform/errors.js';
import { deliveryStatusJob } from './delivery-status.job.js';
import { acceptInboundSms } from './inbound-webhook.service.js';
import { markerFromQuery } from './send-marker.js';
import { TWILIO_SIGNATURE_HEADER, type TwilioParams, validateTwilioSignature } from './twilio-signature.js';
import { formParams, twilioWebhookLimit } from './twilio-webhook-limit.js';
import {
  type WebhookAccount,
  webhookAccountForMessage,
  webhookAccountForNumber,
} from './webhook-accounts.service.js';
import { EMPTY_TWIML, twilioInboundSmsForm, twilioStatusForm, twilioStatusQuery } from './webhooks.schema.js';

/**
 * Twilio's webhooks. Each checks the signature before anything else, then does the least that must
 * happen before the answer (a text is stored with its keyword or opt-out applied; a status is queued):
 * Twilio waits for the answer and retries when it is slow, and the stored event keys and job unique keys
 * make a retried delivery count once. The signature is checked with the auth token of the
 * account that owns the number concerned (the workspace's own account, else the instance's), and the
 * form's AccountSid must be that account: a token of any other account, even one a workspace saved,
 * signs nothing here. The routes exist whatever the instance's provider; with no account they answer 403.
 */
export const twilioWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Before validation, so a forged request is refused the same way whatever its body.
  const verifiedBy =
    (accountOf: (params: TwilioParams, query: TwilioParams) => Promise<WebhookAccount | undefined>) =>
    async (request: FastifyRequest) => {
      const header = request.headers[TWILIO_SIGNATURE_HEADER];
      const params = formParams(request.body);
      const account = await accountOf(params, formParams(request.query));
      const valid =
        account !== undefined &&
        params.AccountSid === account.accountSid &&
        validateTwilioSignature({
          authToken: account.authToken,
          url: `${ctx.config.publicUrl}${request.url}`,
          params,
          signature: typeof header === 'string' ? header : undefined,
        });
      if (!valid) throw forbidden('The X-Twilio-Signature header is missing or wrong', 'invalid_signature');
    };
  // An incoming text names our number in To; a status callback is about a message we sent From ours,
  // whose StatusCallback URL may name the sending workspace (`w`).
  const verifyInbound = verifiedBy((params) => webhookAccountForNumber(ctx, single(params.To)));
  const verifyStatus = verifiedBy((params, query) =>
    webhookAccountForMessage(ctx, {
      messageSid: single(params.MessageSid),
      from: single(params.From),
      workspaceId: single(query.w),
    }),
  );
  const webhook = { tags: ['webhooks'], security: [] };
  const config = twilioWebhookLimit(ctx);

  app.post(
    '/webhooks/twilio/sms',
    {
      config,
      preValidation: verifyInbound,
      schema: {
        ...webhook,
        summary: 'A text from a lead (Twilio incoming-message webhook)',
        body: twilioInboundSmsForm,
        response: { 200: z.string().describe('Empty TwiML'), 400: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const form = request.body;
      // Stored, and a STOP recorded, before the answer; the assistant's reply is a job.
      await acceptInboundSms(ctx, {
        provider: 'twilio',
        providerMessageId: form.MessageSid,
        from: form.From,
        to: form.To,
        body: form.Body,
        ...(form.OptOutType ? { optOutType: form.OptOutType } : {}),
        ...(form.NumMedia > 0 ? { numMedia: form.NumMedia } : {}),
      });
      return reply.type('text/xml; charset=utf-8').send(EMPTY_TWIML);
    },
  );

  app.post(
    '/webhooks/twilio/status',
    {
      config,
      preValidation: verifyStatus,
      schema: {
        ...webhook,
        summary: 'Delivery status of a text we sent (Twilio status callback)',
        querystring: twilioStatusQuery,
        body: twilioStatusForm,
        response: { 204: z.null(), 400: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const form = request.body;
      const marker = markerFromQuery(request.query);
      await enqueue(
        ctx.db,
        deliveryStatusJob.job(
          {
            provider: 'twilio',
            providerMessageId: form.MessageSid,
            status: form.MessageStatus,
            errorCode: form.ErrorCode || null,
            marker,
            to: form.To,
            ...(form.Price ? { price: form.Price, priceUnit: form.PriceUnit ?? null } : {}),
          },
          {
            uniqueKey: `status:twilio:${form.MessageSid}:${form.MessageStatus}`,
            // The workspace whose text it reports (from the signed callback URL), so a burst's reports count
            // against that workspace's share of the workers, not ahead of everyone else's jobs.
            workspaceId: marker?.workspaceId ?? null,
          },
        ),
        ctx.clock,
      );
      return reply.status(204).send(null);
    },
  );
};

function single(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The parsed form as signed; anything that is not a form counts as no parameters (and fails the check). */

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorSchema } from '../http/schemas.js';
import {
  TWILIO_SIGNATURE_HEADER,
  type TwilioParams,
  validateTwilioSignature,
} from '../messaging/twilio-signature.js';
import { formParams, twilioWebhookLimit } from '../messaging/twilio-webhook-limit.js';
import { type WebhookAccount, webhookAccountForNumber } from '../messaging/webhook-accounts.service.js';
import { forbidden } from '../platform/errors.js';
import { findCallBySid } from './calls.repository.js';
import { twilioVoiceEndedForm, twilioVoiceForm } from './calls.schema.js';
import { callEndedByProvider } from './calls.service.js';
import { answerInboundCall } from './inbound-call.service.js';
import { transferDial } from './transfer-twiml.service.js';
import { hangUpTwiml } from './twiml.js';

/**
 * Twilio's voice webhooks, checked exactly as the SMS ones: the signature over the public URL and the
 * form, with the auth token of the account that owns the number called, whose SID the form must carry.
 * The incoming call is logged before it is answered; the `ended` callback closes the call log.
 */
export const voiceWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const verifiedBy =
    (accountOf: (params: TwilioParams) => Promise<WebhookAccount | undefined>) =>
    async (request: FastifyRequest) => {
      const header = request.headers[TWILIO_SIGNATURE_HEADER];
      const params = formParams(request.body);
      const account = await accountOf(params);
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
  // An incoming call names our number in To; the end of a session names a call we logged, whose number is ours.
  const verifyCall = verifiedBy((params) => webhookAccountForNumber(ctx, single(params.To)));
  const verifyEnded = verifiedBy(async (params) => {
    const sid = single(params.CallSid);
    const call = sid ? await findCallBySid(ctx.db, 'twilio', sid) : undefined;
    const ours = call ? (call.direction === 'inbound' ? call.toNumber : call.fromNumber) : single(params.To);
    return webhookAccountForNumber(ctx, ours ?? undefined);
  });
  const webhook = { tags: ['webhooks'], security: [] };
  const config = twilioWebhookLimit(ctx);

  app.post(
    '/webhooks/twilio/voice',
    {
      config,
      preValidation: verifyCall,
      schema: {
        ...webhook,
        summary: 'A call to one of our numbers (Twilio incoming-call webhook): answered by the assistant',
        body: twilioVoiceForm,
        response: { 200: z.string().describe('TwiML'), 400: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const form = request.body;
      const { twiml } = await answerInboundCall(ctx, {
        provider: 'twilio',
        callSid: form.CallSid,
        from: form.From,
        to: form.To,
        status: form.CallStatus,
      });
      return reply.type('text/xml; charset=utf-8').send(twiml);
    },
  );

  app.post(
    '/webhooks/twilio/voice/ended',
    {
      config,
      preValidation: verifyEnded,
      schema: {
        ...webhook,
        summary: 'The assistant’s part of a call is over (ConversationRelay <Connect action> callback)',
        body: twilioVoiceEndedForm,
        response: { 200: z.string().describe('TwiML'), 400: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const form = request.body;
      // The assistant handed the caller to a person: the call goes on with the dial.
      const transferring = await findCallBySid(ctx.db, 'twilio', form.CallSid);
      const dial = transferring ? await transferDial(ctx, transferring) : null;
      if (dial) return reply.type('text/xml; charset=utf-8').send(dial);
      const seconds = Number(form.SessionDuration);
      await callEndedByProvider(ctx, {
        provider: 'twilio',
        callSid: form.CallSid,
        callStatus: form.CallStatus,
        sessionDurationSeconds:
          Number.isFinite(seconds) && form.SessionDuration ? Math.round(seconds) : undefined,
      });
      return reply.type('text/xml; charset=utf-8').send(hangUpTwiml());
    },
  );
};

function single(value: string | readonly string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The parsed form as signed; anything that is not a form counts as no parameters (and fails the check). */

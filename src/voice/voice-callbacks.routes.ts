import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorSchema } from '../http/schemas.js';
import { TWILIO_SIGNATURE_HEADER, validateTwilioSignature } from '../messaging/twilio-signature.js';
import { formParams, twilioWebhookLimit } from '../messaging/twilio-webhook-limit.js';
import { webhookAccountForNumber } from '../messaging/webhook-accounts.service.js';
import { forbidden } from '../platform/errors.js';
import { callLanguage } from './call-language.js';
import { answeredBy, callForCallback, callStatusChanged } from './call-status.service.js';
import { findCallById } from './calls.repository.js';
import { CALL_ID, callIdInUrl } from './calls.schema.js';
import { agentAnswered, transferEnded, whisperSummary } from './transfer.service.js';
import { backToAssistant } from './transfer-twiml.service.js';
import { bridgeTwiml, hangUpTwiml, whisperTwiml } from './twiml.js';

const callQuery = z.object({ callId: z.string().regex(CALL_ID) });
const sid = z.string().min(1).max(64);

const statusForm = z.looseObject({
  CallSid: sid,
  AccountSid: sid,
  CallStatus: z.string().min(1).max(32),
  CallDuration: z.string().max(16).optional(),
});
const amdForm = z.looseObject({ CallSid: sid, AccountSid: sid, AnsweredBy: z.string().min(1).max(40) });
const dialForm = z.looseObject({
  CallSid: sid,
  AccountSid: sid,
  CallStatus: z.string().max(32).optional(),
  DialCallStatus: z.string().max(32).default('no-answer'),
  DialBridged: z.string().max(8).optional(),
  DialCallDuration: z.string().max(16).optional(),
});
const whisperForm = z.looseObject({ CallSid: sid, AccountSid: sid });
const gatherForm = z.looseObject({ CallSid: sid, AccountSid: sid, Digits: z.string().max(10).default('') });

/**
 * Twilio's callbacks about calls we place and transfers: status, answering-machine verdict, the dial to a
 * person, the whisper they hear, and the key they press. Each names our call in its URL; the signature
 * must be by the account that owns the call's number of ours, as for every other voice webhook.
 */
export const voiceCallbackRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const verify = async (request: FastifyRequest) => {
    const callId = callIdInUrl(request.url);
    const call = callId ? await findCallById(ctx.db, callId) : undefined;
    const ours = call ? (call.direction === 'inbound' ? call.toNumber : call.fromNumber) : null;
    const account = ours ? await webhookAccountForNumber(ctx, ours) : undefined;
    const params = formParams(request.body);
    const header = request.headers[TWILIO_SIGNATURE_HEADER];
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
  const schema = (summary: string, body: z.ZodType) => ({
    tags: ['webhooks'],
    security: [],
    summary,
    querystring: callQuery,
    body,
    response: { 200: z.string().describe('TwiML or empty'), 400: errorSchema, 403: errorSchema },
  });
  const xml = 'text/xml; charset=utf-8';

  app.post(
    '/webhooks/twilio/voice/status',
    {
      config: twilioWebhookLimit(ctx),
      preValidation: verify,
      schema: schema('Status of a call we placed (initiated, ringing, answered, completed…)', statusForm),
    },
    async (request, reply) => {
      const form = statusForm.parse(request.body);
      const call = await callForCallback(ctx, { callId: request.query.callId, callSid: form.CallSid });
      const seconds = Number(form.CallDuration);
      if (call) {
        await callStatusChanged(ctx, {
          call,
          callSid: form.CallSid,
          status: form.CallStatus,
          durationSeconds: form.CallDuration && Number.isFinite(seconds) ? Math.round(seconds) : undefined,
        });
      }
      return reply.type(xml).send(bridgeTwiml());
    },
  );

  app.post(
    '/webhooks/twilio/voice/amd',
    {
      config: twilioWebhookLimit(ctx),
      preValidation: verify,
      schema: schema('Answering-machine verdict of a call we placed (async AMD)', amdForm),
    },
    async (request, reply) => {
      const form = amdForm.parse(request.body);
      const call = await callForCallback(ctx, { callId: request.query.callId, callSid: form.CallSid });
      if (call) await answeredBy(ctx, { call, callSid: form.CallSid, answeredBy: form.AnsweredBy });
      return reply.type(xml).send(bridgeTwiml());
    },
  );

  app.post(
    '/webhooks/twilio/voice/whisper',
    {
      config: twilioWebhookLimit(ctx),
      preValidation: verify,
      schema: schema('The person being put through answered: the whisper', whisperForm),
    },
    async (request, reply) => {
      const call = await findCallById(ctx.db, request.query.callId);
      if (!call) return reply.type(xml).send(hangUpTwiml());
      const lang = await callLanguage(ctx.db, { workspaceId: call.workspaceId, leadId: call.leadId });
      const summary = await whisperSummary(ctx, call, lang);
      return reply
        .type(xml)
        .send(whisperTwiml({ publicUrl: ctx.config.publicUrl, callId: call.id, summary, lang }));
    },
  );

  app.post(
    '/webhooks/twilio/voice/whisper/answer',
    {
      config: twilioWebhookLimit(ctx),
      preValidation: verify,
      schema: schema('The key the person pressed on the whisper', gatherForm),
    },
    async (request, reply) => {
      const form = gatherForm.parse(request.body);
      const call = await findCallById(ctx.db, request.query.callId);
      if (!call) return reply.type(xml).send(hangUpTwiml());
      const taken = await agentAnswered(ctx, { call, digits: form.Digits });
      return reply.type(xml).send(taken ? bridgeTwiml() : hangUpTwiml());
    },
  );

  app.post(
    '/webhooks/twilio/voice/transfer',
    {
      config: twilioWebhookLimit(ctx),
      preValidation: verify,
      schema: schema('The dial to a person ended (<Dial action>)', dialForm),
    },
    async (request, reply) => {
      const form = dialForm.parse(request.body);
      const call = await findCallById(ctx.db, request.query.callId);
      if (!call || call.providerCallSid !== form.CallSid) return reply.type(xml).send(hangUpTwiml());
      // A repeated callback for a transfer already settled answers as the first did.
      if (call.endedAt) return reply.type(xml).send(hangUpTwiml());
      if (
        call.transferStatus !== 'dialing' &&
        call.transferStatus !== 'accepted' &&
        call.transferStatus !== 'declined'
      )
        return reply.type(xml).send(await backToAssistant(ctx, call));
      const ended = await transferEnded(ctx, {
        call,
        dialStatus: form.DialCallStatus,
        bridged: form.DialBridged !== 'false',
        callerGone: form.CallStatus === 'completed',
      });
      if (ended !== 'back_to_assistant') return reply.type(xml).send(hangUpTwiml());
      const fresh = (await findCallById(ctx.db, call.id)) ?? call;
      return reply.type(xml).send(await backToAssistant(ctx, fresh));
    },
  );
};

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { errorResponses, errorSchema, idParams } from '../http/schemas.js';
import { TWILIO_SIGNATURE_HEADER, validateTwilioSignature } from '../messaging/twilio-signature.js';
import { formParams, twilioWebhookLimit } from '../messaging/twilio-webhook-limit.js';
import { webhookAccountForNumber } from '../messaging/webhook-accounts.service.js';
import { forbidden } from '../platform/errors.js';
import { findCallById } from './calls.repository.js';
import { CALL_ID, callIdInUrl } from './calls.schema.js';
import { recordingAudio, recordingFinished } from './recordings.service.js';

const sid = z.string().min(1).max(64);
const recordingForm = z.looseObject({
  AccountSid: sid,
  CallSid: sid,
  RecordingSid: sid,
  RecordingStatus: z.string().min(1).max(32),
  RecordingDuration: z.string().max(16).optional(),
});

/**
 * Twilio's recording status callback (signed by the account that owns the call's number, and naming our
 * call in its URL), and the recording's audio for the workspace's members.
 */
export const recordingWebhookRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const verify = async (request: FastifyRequest) => {
    const callId = callIdInUrl(request.url);
    const call = callId ? await findCallById(ctx.db, callId) : undefined;
    const ours = call ? (call.direction === 'inbound' ? call.toNumber : call.fromNumber) : null;
    const account = ours ? await webhookAccountForNumber(ctx, ours) : undefined;
    const params = formParams(request.body);
    const header = request.headers[TWILIO_SIGNATURE_HEADER];
    const valid =
      account !== undefined &&
      call !== undefined &&
      params.AccountSid === account.accountSid &&
      params.CallSid === call.providerCallSid &&
      validateTwilioSignature({
        authToken: account.authToken,
        url: `${ctx.config.publicUrl}${request.url}`,
        params,
        signature: typeof header === 'string' ? header : undefined,
      });
    if (!valid) throw forbidden('The X-Twilio-Signature header is missing or wrong', 'invalid_signature');
  };

  app.post(
    '/webhooks/twilio/voice/recording',
    {
      config: twilioWebhookLimit(ctx),
      preValidation: verify,
      schema: {
        tags: ['webhooks'],
        security: [],
        summary: "A call's recording is ready (or absent): fetched, sealed, and deleted at Twilio",
        querystring: z.object({ callId: z.string().regex(CALL_ID) }),
        body: recordingForm,
        response: { 204: z.null(), 400: errorSchema, 403: errorSchema },
      },
    },
    async (request, reply) => {
      const form = recordingForm.parse(request.body);
      const seconds = Number(form.RecordingDuration);
      await recordingFinished(ctx, {
        callId: request.query.callId,
        recordingSid: form.RecordingSid,
        status: form.RecordingStatus,
        durationSeconds: form.RecordingDuration && Number.isFinite(seconds) ? Math.round(seconds) : null,
      });
      return reply.code(204).send(null);
    },
  );
};

export const recordingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/calls/:id/recording',
    {
      schema: {
        tags: ['calls'],
        summary: "The call's recording (audio/mpeg); every playback is audited",
        params: idParams,
        response: { 200: z.any().describe('audio/mpeg'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const audio = await recordingAudio(ctx, {
        workspaceId: request.auth.workspaceId,
        callId: request.params.id,
        by: request.auth.actor,
        ip: request.ip,
      });
      return reply
        .type('audio/mpeg')
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `inline; filename="call-${request.params.id}.mp3"`)
        .send(audio);
    },
  );
};

import websocket from '@fastify/websocket';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.js';
import { TWILIO_SIGNATURE_HEADER, validateTwilioSignature } from '../messaging/twilio-signature.js';
import { webhookAccountForNumber } from '../messaging/webhook-accounts.service.js';
import { MINUTE } from '../platform/clock.js';
import { forbidden } from '../platform/errors.js';
import { findCallById } from './calls.repository.js';
import { callIdInUrl } from './calls.schema.js';
import { warmUpCallerReader } from './reader-warm-up.js';
import { MAX_FRAME_BYTES } from './relay.protocol.js';
import { RelaySession } from './relay.session.js';
import { sandboxRelayRoutes } from './sandbox-relay.routes.js';

/**
 * `GET /voice/relay`: Twilio ConversationRelay's WebSocket. The handshake is refused (403, before any
 * upgrade) unless `X-Twilio-Signature` signs the wss URL with the token of the account owning the call's
 * number; the URL names the call, so the account is known before the socket opens.
 */
export const relayRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  await app.register(sandboxRelayRoutes, { ctx });
  const host = new URL(ctx.config.publicUrl).host;
  // Before the service takes its first call, so no caller waits on the reader's first readings; tests
  // build many short-lived apps and skip it.
  if (ctx.config.env !== 'test') {
    app.addHook('onReady', async () => {
      const ms = warmUpCallerReader(ctx.clock.now());
      ctx.logger.debug({ category: 'voice', ms: Math.round(ms) }, 'caller reader warmed up');
    });
  }

  const verifyHandshake = async (request: FastifyRequest) => {
    const callId = callIdInUrl(request.url);
    const call = callId ? await findCallById(ctx.db, callId) : undefined;
    const ours = call ? (call.direction === 'inbound' ? call.toNumber : call.fromNumber) : null;
    const account = call && ours ? await webhookAccountForNumber(ctx, ours) : undefined;
    const header = request.headers[TWILIO_SIGNATURE_HEADER];
    const valid =
      account !== undefined &&
      validateTwilioSignature({
        authToken: account.authToken,
        url: `wss://${host}${request.url}`,
        params: {},
        signature: typeof header === 'string' ? header : undefined,
      });
    if (!valid) throw forbidden('The X-Twilio-Signature header is missing or wrong', 'invalid_signature');
  };

  app.get(
    '/voice/relay',
    {
      websocket: true,
      // Per address, before the signature: each call opens one socket, so a flood is not Twilio.
      config: { rateLimit: { max: ctx.config.webhookRateLimitPerMinute, timeWindow: MINUTE } },
      preValidation: verifyHandshake,
      schema: { hide: true },
    },
    (socket, request) => {
      const callId = new URL(request.url, 'http://relay').searchParams.get('callId') ?? '';
      const session = new RelaySession(ctx, {
        callId,
        send: (frame) => {
          if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
        },
        close: (code) => {
          if (socket.readyState === socket.OPEN) socket.close(code);
        },
      });
      socket.on('message', (data, isBinary) => {
        if (isBinary) return;
        session.receive(Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data.toString());
      });
      socket.on('error', (error) => ctx.logger.warn({ category: 'voice', err: error }, 'relay socket error'));
      socket.on('close', (code) => {
        void session.closed(code);
      });
    },
  );
};

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../http/auth.js';
import type { AppContext } from '../http/context.js';
import { MINUTE } from '../platform/clock.js';
import { forbidden, unauthorized } from '../platform/errors.js';
import { resolveSession, workspaceSuspended } from '../workspaces/auth.service.js';
import type { RelaySession } from './relay.session.js';
import { startSandboxCall } from './sandbox-call.service.js';

/**
 * `GET /voice/sandbox` (WebSocket): the voice sandbox. A signed-in member of the workspace (the
 * dashboard's session cookie, checked here before the upgrade; an API key is not a session) talks to the assistant over ConversationRelay's own
 * protocol: they send `prompt`, `interrupt` and `dtmf` frames as Twilio would, and get `text` tokens and
 * `end` back. The first frame names the call (`{"type":"call","callId","leadId"}`). Registered inside the
 * relay plugin, which holds the WebSocket server.
 */
export const sandboxRelayRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  const workspaces = new WeakMap<FastifyRequest, string>();
  const signedIn = async (request: FastifyRequest) => {
    await sameOrigin(request);
    const token = request.cookies[SESSION_COOKIE];
    const resolved = token ? await resolveSession(ctx, token) : undefined;
    const principal = resolved?.principal;
    if (!principal) throw unauthorized('Sign in to the dashboard to use the voice sandbox');
    if (!principal.workspaceId || !principal.role) throw forbidden('Operators belong to no workspace');
    if (principal.workspaceStatus === 'suspended') throw workspaceSuspended();
    workspaces.set(request, principal.workspaceId);
  };
  const sameOrigin = async (request: FastifyRequest) => {
    // Browsers send the cookie on a WebSocket from any page: only our own pages may open this one.
    const origin = request.headers.origin;
    if (origin === undefined) return;
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    const ours = [request.headers.host, new URL(ctx.config.publicUrl).host];
    if (!host || !ours.includes(host)) throw forbidden('The voice sandbox opens only from this dashboard');
  };

  app.get(
    '/voice/sandbox',
    {
      websocket: true,
      // A person trying the assistant opens a handful of calls a minute; more is a script.
      config: { rateLimit: { max: 30, timeWindow: MINUTE } },
      preValidation: signedIn,
      schema: { hide: true },
    },
    (socket, request) => {
      const send = (frame: object) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
      };
      const close = (code: number) => {
        if (socket.readyState === socket.OPEN) socket.close(code);
      };
      const pending: string[] = [];
      let session: RelaySession | null = null;
      let closedCode: number | null = null;
      socket.on('message', (data, isBinary) => {
        if (isBinary) return;
        const raw = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data.toString();
        if (session) session.receive(raw);
        else pending.push(raw);
      });
      socket.on('close', (code) => {
        closedCode = code;
        if (session) void session.closed(code);
      });
      startSandboxCall(ctx, { workspaceId: workspaces.get(request) ?? '', send, close }).then(
        (call) => {
          send({ type: 'call', callId: call.callId, leadId: call.leadId });
          session = call.session;
          for (const raw of pending.splice(0)) call.session.receive(raw);
          if (closedCode !== null) void call.session.closed(closedCode);
        },
        (error: unknown) => {
          ctx.logger.warn({ category: 'voice', err: error }, 'sandbox call not started');
          close(1011);
        },
      );
    },
  );
};

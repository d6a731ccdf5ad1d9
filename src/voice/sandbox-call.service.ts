import { randomBytes } from 'node:crypto';
import type { AppContext } from '../http/context.js';
import { normalizePhone } from '../leads/normalize.js';
import { sendingNumber } from '../messaging/phone-numbers.service.js';
import { badRequest } from '../platform/errors.js';
import { answerInboundCall } from './inbound-call.service.js';
import type { OutboundFrame } from './relay.protocol.js';
import { RelaySession } from './relay.session.js';
import { speechTokens } from './speech.js';

/** The pretend caller when none is given: a 555-01xx number, which no real phone has. */
export const SANDBOX_CALLER = '+15125550199';

export interface SandboxCall {
  callId: string;
  leadId: string | null;
  greeting: string;
  session: RelaySession;
}

/**
 * A call to the workspace's sandbox number, answered as Twilio's incoming-call webhook is answered (the
 * caller becomes a lead, the call is logged with its greeting), then run by the same relay session a
 * ConversationRelay socket runs: the frames the caller's side sends are Twilio's frames. The greeting is
 * sent as the first `text` tokens, as Twilio would speak it.
 */
export async function startSandboxCall(
  ctx: AppContext,
  props: {
    workspaceId: string;
    caller?: string | undefined;
    send: (frame: OutboundFrame) => void;
    close: (code: number) => void;
  },
): Promise<SandboxCall> {
  const caller = normalizePhone(props.caller ?? SANDBOX_CALLER, 'US');
  if (!caller.valid || !caller.e164) throw badRequest('The caller must be a phone number');
  const number = await sendingNumber(ctx.db, {
    workspaceId: props.workspaceId,
    provider: 'sandbox',
    at: ctx.clock.now(),
  });
  if (!number) throw new Error('The sandbox always has a number');
  const callSid = `SB${randomBytes(16).toString('hex')}`;
  const { call } = await answerInboundCall(ctx, {
    provider: 'sandbox',
    callSid,
    from: caller.e164,
    to: number.number,
    status: 'ringing',
  });
  if (!call) throw new Error('The sandbox number belongs to no workspace');
  const session = new RelaySession(ctx, { callId: call.id, send: props.send, close: props.close });
  for (const token of speechTokens(call.greeting)) props.send({ type: 'text', token, last: false });
  props.send({ type: 'text', token: '', last: true });
  session.receive(
    JSON.stringify({
      type: 'setup',
      callSid,
      from: caller.e164,
      to: number.number,
      direction: 'inbound',
      customParameters: { callId: call.id },
    }),
  );
  return { callId: call.id, leadId: call.leadId, greeting: call.greeting, session };
}

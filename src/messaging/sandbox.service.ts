import type { AppContext } from '../http/context.js';
import { conflict, unprocessable } from '../platform/errors.js';
import { type InboundHandling, receiveInboundSms } from './inbound.service.js';
import { findNumber, listOutboundMessages } from './messaging.repository.js';
import type { MessageRow } from './messaging.table.js';
import { sendingNumber } from './phone-numbers.service.js';
import { sandboxMessageSid } from './providers/sandbox.provider.js';

function requireSandbox(ctx: AppContext): void {
  if (ctx.sms.kind !== 'sandbox') {
    throw conflict(
      'The sandbox only works with SMS_PROVIDER=sandbox; real texts come through Twilio',
      'not_sandbox',
    );
  }
}

/** The workspace's sandbox number, made on first use. */
export async function sandboxNumber(ctx: AppContext, workspaceId: string): Promise<string> {
  requireSandbox(ctx);
  const row = await sendingNumber(ctx.db, { workspaceId, provider: 'sandbox', at: ctx.clock.now() });
  if (!row) throw new Error('The sandbox always has a number');
  return row.number;
}

export interface SimulatedInbound {
  messageId: string;
  leadId: string;
  conversationId: string;
  handled: InboundHandling;
  replyMessageId: string | null;
}

/** A lead's text as if it had come from a carrier, processed at once by the same code as a webhook's job. */
export async function simulateInboundText(
  ctx: AppContext,
  props: { workspaceId: string; from: string; to?: string | undefined; body: string },
): Promise<SimulatedInbound> {
  requireSandbox(ctx);
  const to = props.to
    ? await findNumber(ctx.db, 'sandbox', props.to.replace(/[^\d+]/g, ''))
    : await sendingNumber(ctx.db, {
        workspaceId: props.workspaceId,
        provider: 'sandbox',
        at: ctx.clock.now(),
      });
  if (!to || to.workspaceId !== props.workspaceId) {
    throw unprocessable(
      '"to" is not a sandbox number of this workspace',
      { fields: ['to'] },
      'unknown_number',
    );
  }
  const outcome = await receiveInboundSms(ctx, {
    provider: 'sandbox',
    providerMessageId: sandboxMessageSid(),
    from: props.from,
    to: to.number,
    body: props.body,
  });
  if (outcome.status !== 'processed') {
    throw unprocessable('"from" is not a phone number', { fields: ['from'] }, 'invalid_phone');
  }
  return {
    messageId: outcome.messageId,
    leadId: outcome.leadId,
    conversationId: outcome.conversationId,
    handled: outcome.handled,
    replyMessageId: outcome.replyMessageId,
  };
}

/** What the workspace would have texted: the outbox, since the sandbox sends nothing anywhere. */
export function sandboxOutbox(
  ctx: AppContext,
  props: { workspaceId: string; since?: string | undefined; limit: number },
): Promise<MessageRow[]> {
  requireSandbox(ctx);
  return listOutboundMessages(ctx.db, props.workspaceId, {
    since: props.since ? new Date(props.since).toISOString() : undefined,
    limit: props.limit,
  });
}

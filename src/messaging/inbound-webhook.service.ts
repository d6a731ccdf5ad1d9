import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { type InboundSms, receiveInboundSms } from './inbound.service.js';
import { inboundSmsJob } from './inbound-sms.job.js';

export type AcceptedInbound = 'taken_in' | 'queued';

/**
 * A text from a provider's webhook, taken in before the webhook is answered: deduplicated, stored, and a
 * STOP or other keyword applied with its one confirmation, in one transaction, so an acknowledged opt-out
 * is in the ledger before the dispatcher next asks the gate. The assistant's answer stays a job.
 *
 * When that transaction fails (a lock or connection timeout, a conflict with another writer, or anything
 * else), the text waits in the durable inbound job instead, which does the same work with retries and
 * counts the provider message id once: the provider is answered only when the text is stored one way or
 * the other. Any failure falls back, not only known transient ones: by default Twilio retries a webhook
 * whose connection failed, not one that answered with an error, so an error answer would lose the text.
 */
export async function acceptInboundSms(ctx: AppContext, sms: InboundSms): Promise<AcceptedInbound> {
  try {
    await receiveInboundSms(ctx, sms);
    return 'taken_in';
  } catch (error) {
    ctx.logger
      .child({ category: 'messaging', provider: sms.provider })
      .warn(
        { err: error, providerMessageId: sms.providerMessageId },
        'inbound text not taken in at once; queued for the inbound job',
      );
    await enqueue(
      ctx.db,
      inboundSmsJob.job(
        {
          provider: sms.provider,
          providerMessageId: sms.providerMessageId,
          from: sms.from,
          to: sms.to,
          body: sms.body,
          ...(sms.optOutType ? { optOutType: sms.optOutType } : {}),
          ...(sms.numMedia ? { numMedia: sms.numMedia } : {}),
        },
        {
          uniqueKey: `inbound:${sms.provider}:${sms.providerMessageId}`,
          workspaceId: null,
          priority: 'urgent',
        },
      ),
      ctx.clock,
    );
    return 'queued';
  }
}

import { BILLING_LIMIT } from '../consent/billing-limit.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { billingStanding } from '../jobs/billing-standing.js';
import { enqueue } from '../jobs/jobs.service.js';
import { sendMessageJob } from '../messaging/send-message.job.js';

/**
 * Once the workspace may spend again (the limit raised, the wallet topped up), the texts the gate held for
 * billing go back to the dispatcher, which asks the gate again. Nothing if it still may not.
 */
export async function releaseBillingHolds(
  trx: DbOrTrx,
  ctx: AppContext,
  props: { workspaceId: string; zone: string; at: Date },
): Promise<number> {
  const standing = await billingStanding(trx, {
    workspaceId: props.workspaceId,
    now: props.at,
    zone: props.zone,
  });
  if (standing.held) return 0;
  const released = await trx
    .updateTable('messages')
    .set({ status: 'queued', sendAfter: null, updatedAt: props.at.toISOString() })
    .where('workspaceId', '=', props.workspaceId)
    .where('direction', '=', 'outbound')
    .where('status', '=', 'deferred')
    .where('gateReason', '=', BILLING_LIMIT)
    .returning('id')
    .execute();
  for (const { id } of released) {
    await enqueue(
      trx,
      sendMessageJob.job(
        { workspaceId: props.workspaceId, messageId: id },
        { uniqueKey: `send:${id}:billing:${props.at.toISOString()}` },
      ),
      ctx.clock,
    );
  }
  return released.length;
}

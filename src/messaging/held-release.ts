import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { enqueue } from '../jobs/jobs.service.js';
import { sendMessageJob } from './send-message.job.js';

/**
 * Texts held with `reason` go back to the queue and the dispatcher, which asks the gate again (quiet hours,
 * caps and opt-outs still apply). One contact's, or the whole workspace's. Answers the ids released.
 */
export async function releaseHeldFor(
  trx: DbOrTrx,
  ctx: AppContext,
  props: { workspaceId: string; contactId?: string; reason: string; at: Date },
): Promise<string[]> {
  let query = trx
    .updateTable('messages')
    .set({ status: 'queued', sendAfter: null, updatedAt: props.at.toISOString() })
    .where('workspaceId', '=', props.workspaceId)
    .where('direction', '=', 'outbound')
    .where('status', '=', 'deferred')
    .where('gateReason', '=', props.reason);
  if (props.contactId) query = query.where('contactId', '=', props.contactId);
  const released = await query.returning('id').execute();
  for (const { id } of released) {
    await enqueue(
      trx,
      sendMessageJob.job(
        { workspaceId: props.workspaceId, messageId: id },
        { uniqueKey: `send:${id}:released:${props.reason}:${props.at.toISOString()}` },
      ),
      ctx.clock,
    );
  }
  return released.map((row) => row.id);
}

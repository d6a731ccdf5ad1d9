import { z } from 'zod';
import type { DbOrTrx } from '../../db/database.js';
import type { AppContext } from '../../http/context.js';
import { defineJob } from '../../jobs/job-definition.js';
import { enqueue } from '../../jobs/jobs.service.js';
import { MINUTE } from '../../platform/clock.js';
import { checkRegistration } from './a2p.review.js';

/** How often a registration in review is asked about (between one and two of these): reviews take hours to days. */
export const A2P_CHECK_INTERVAL_MS = 15 * MINUTE;

const payload = z.object({ workspaceId: z.string(), submittedAt: z.string() });

/** Follows one submission's review at Twilio until it is approved or rejected, then stops. */
export const a2pCheckJob = defineJob({
  name: 'a2p.check',
  payload,
  maxAttempts: 5,
  backoff: { baseMs: MINUTE, maxMs: 30 * MINUTE },
  timeoutMs: 2 * MINUTE,
  handler: async (props, { ctx }) => {
    await checkRegistration(ctx, {
      ...props,
      whilePending: (trx, submittedAt) => scheduleA2pCheck(trx, ctx, { ...props, submittedAt }),
    });
  },
});

export async function scheduleA2pCheck(
  trx: DbOrTrx,
  ctx: AppContext,
  props: z.infer<typeof payload>,
): Promise<void> {
  // The whole interval after the next one: checks scheduled in the same interval (from a job, from an admin's
  // "check now") are one job, so the chains of checks never multiply.
  const interval = Math.floor(ctx.clock.now().getTime() / A2P_CHECK_INTERVAL_MS);
  const runAt = new Date((interval + 2) * A2P_CHECK_INTERVAL_MS);
  await enqueue(
    trx,
    a2pCheckJob.job(props, { runAt, uniqueKey: `a2p.check:${props.workspaceId}:${runAt.toISOString()}` }),
    ctx.clock,
  );
}

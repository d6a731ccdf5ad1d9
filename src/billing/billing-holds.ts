import { BILLING_LIMIT } from '../consent/billing-limit.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { billingStanding } from '../jobs/billing-standing.js';
import { releaseHeldFor } from '../messaging/held-release.js';

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
  const released = await releaseHeldFor(trx, ctx, {
    workspaceId: props.workspaceId,
    reason: BILLING_LIMIT,
    at: props.at,
  });
  return released.length;
}

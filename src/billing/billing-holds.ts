import { BILLING_LIMIT, WORKSPACE_SUSPENDED } from '../consent/billing-limit.js';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { billingStanding } from '../jobs/billing-standing.js';
import { releaseHeldFor } from '../messaging/held-release.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

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

/**
 * Once the operator resumes a workspace, the texts the gate held while it was suspended go back to the
 * dispatcher, which asks the gate again. Nothing while it is (again) suspended.
 */
export async function releaseSuspensionHolds(ctx: AppContext, workspaceId: string): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await findWorkspace(trx, workspaceId);
    if (!workspace || workspace.status === 'suspended') return 0;
    const at = ctx.clock.now();
    const released = await releaseHeldFor(trx, ctx, { workspaceId, reason: WORKSPACE_SUSPENDED, at });
    return released.length;
  });
}

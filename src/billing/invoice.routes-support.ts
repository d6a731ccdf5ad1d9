import type { AppContext } from '../http/context.js';
import { periodAt } from '../jobs/usage.charge.js';
import { notFound } from '../platform/errors.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { invoiceCsv, monthQuantities, NO_TERMS, priceMonth } from './invoice.service.js';
import { findBillingAccount } from './plans.repository.js';

/** A month's invoice for a workspace (this month by default), priced by its current terms. */
export async function invoiceFor(ctx: AppContext, workspaceId: string, month: string | undefined) {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const period = month ?? periodAt(ctx.clock.now(), workspace.timezone);
  const [account, quantities] = await Promise.all([
    findBillingAccount(ctx.db, workspaceId),
    monthQuantities(ctx.db, workspaceId, period),
  ]);
  const invoice = priceMonth(account ?? NO_TERMS, period, quantities);
  return { invoice, csv: invoiceCsv(invoice) };
}

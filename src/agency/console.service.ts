import type { AppContext } from '../http/context.js';
import { registrationStatuses } from '../messaging/a2p/a2p.repository.js';
import { rowToWorkspace } from '../workspaces/workspaces.presenters.js';
import { listAllWorkspaces } from '../workspaces/workspaces.service.js';
import type { ConsoleWorkspace } from './agency.schema.js';
import { periodCounts } from './console.repository.js';

const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : null);

/** Every workspace with this calendar month's figures (UTC), for the operator console. */
export async function operatorConsole(
  ctx: AppContext,
): Promise<{ period: { from: string }; items: ConsoleWorkspace[] }> {
  const now = ctx.clock.now();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const day = start.toISOString().slice(0, 10);
  const [workspaces, counts, a2p] = await Promise.all([
    listAllWorkspaces(ctx),
    periodCounts(ctx.db, { since: start.toISOString(), day }),
    registrationStatuses(ctx.db),
  ]);
  const items = workspaces.map((row): ConsoleWorkspace => {
    const id = row.id;
    const sends = counts.sendOutcomes.get(id) ?? { settled: 0, failed: 0 };
    const billing = counts.billing.get(id);
    return {
      ...rowToWorkspace(row),
      billing: billing ? { mode: billing.mode as 'plan' | 'wallet', status: billing.status } : null,
      usage: counts.usage.get(id) ?? {},
      textsBlocked: counts.blocked.get(id) ?? 0,
      textsDeferred: counts.deferred.get(id) ?? 0,
      optOutRate: share(counts.optOuts.get(id) ?? 0, counts.textedContacts.get(id) ?? 0),
      deliveryFailureRate: share(sends.failed, sends.settled),
      a2pStatus: a2p.get(id) ?? 'not_started',
    };
  });
  return { period: { from: day }, items };
}

import type { DbOrTrx } from '../db/database.js';
import { sql } from '../db/migration-helpers.js';

/** Per-workspace counts for one period, every workspace at once: one grouped query per figure. */
export interface PeriodCounts {
  usage: Map<string, Record<string, number>>;
  blocked: Map<string, number>;
  deferred: Map<string, number>;
  optOuts: Map<string, number>;
  textedContacts: Map<string, number>;
  sendOutcomes: Map<string, { settled: number; failed: number }>;
  billing: Map<string, { mode: string; status: string }>;
}

/** Usage, gate outcomes, opt-outs and delivery from `since` (an ISO instant; `day` is its `YYYY-MM-DD`). */
export async function periodCounts(
  db: DbOrTrx,
  props: { since: string; day: string },
): Promise<PeriodCounts> {
  const [usageRows, gateRows, optOutRows, textedRows, sendRows, billingRows] = await Promise.all([
    db
      .selectFrom('usageDaily')
      .select(['workspaceId', 'unit', sql<number>`sum(quantity)`.as('quantity')])
      .where('day', '>=', props.day)
      .groupBy(['workspaceId', 'unit'])
      .execute(),
    db
      .selectFrom('gateDecisions')
      .select(['workspaceId', 'outcome', sql<number>`count(distinct message_id)`.as('count')])
      .where('decidedAt', '>=', props.since)
      .where('outcome', 'in', ['blocked', 'deferred'])
      .groupBy(['workspaceId', 'outcome'])
      .execute(),
    db
      .selectFrom('consentEvents')
      .select(['workspaceId', sql<number>`count(distinct contact_id)`.as('count')])
      .where('createdAt', '>=', props.since)
      .where('channel', '=', 'sms')
      .where('action', '=', 'revoked')
      .groupBy('workspaceId')
      .execute(),
    db
      .selectFrom('messages')
      .select(['workspaceId', sql<number>`count(distinct contact_id)`.as('count')])
      .where('createdAt', '>=', props.since)
      .where('direction', '=', 'outbound')
      .where('status', 'in', ['sent', 'delivered', 'failed', 'undelivered'])
      .groupBy('workspaceId')
      .execute(),
    db
      .selectFrom('messages')
      .select([
        'workspaceId',
        sql<number>`count(*)`.as('settled'),
        sql<number>`sum(case when status in ('failed', 'undelivered') then 1 else 0 end)`.as('failed'),
      ])
      .where('createdAt', '>=', props.since)
      .where('direction', '=', 'outbound')
      .where('status', 'in', ['sent', 'delivered', 'failed', 'undelivered'])
      .groupBy('workspaceId')
      .execute(),
    db.selectFrom('billingAccounts').select(['workspaceId', 'mode', 'status']).execute(),
  ]);

  const usage = new Map<string, Record<string, number>>();
  for (const row of usageRows) {
    const units = usage.get(row.workspaceId) ?? {};
    units[row.unit] = Number(row.quantity);
    usage.set(row.workspaceId, units);
  }
  const byOutcome = (outcome: string) =>
    new Map(gateRows.filter((r) => r.outcome === outcome).map((r) => [r.workspaceId, Number(r.count)]));
  return {
    usage,
    blocked: byOutcome('blocked'),
    deferred: byOutcome('deferred'),
    optOuts: new Map(optOutRows.map((r) => [r.workspaceId, Number(r.count)])),
    textedContacts: new Map(textedRows.map((r) => [r.workspaceId, Number(r.count)])),
    sendOutcomes: new Map(
      sendRows.map((r) => [r.workspaceId, { settled: Number(r.settled), failed: Number(r.failed) }]),
    ),
    billing: new Map(billingRows.map((r) => [r.workspaceId, { mode: r.mode, status: r.status }])),
  };
}

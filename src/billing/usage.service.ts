import { DateTime } from 'luxon';
import type { AppContext } from '../http/context.js';
import { notFound } from '../platform/errors.js';
import { listDailyUsage } from './usage.repository.js';
import type { Usage, UsageQuery, UsageRowOut } from './usage.schema.js';

/** Usage per day or month between two days of the workspace's calendar, with totals per unit and model. */
export async function getUsage(
  ctx: AppContext,
  props: { workspaceId: string; query: UsageQuery },
): Promise<Usage> {
  const workspace = await ctx.db
    .selectFrom('workspaces')
    .select('timezone')
    .where('id', '=', props.workspaceId)
    .executeTakeFirst();
  if (!workspace) throw notFound('Workspace');
  const today = DateTime.fromJSDate(ctx.clock.now(), { zone: workspace.timezone });
  const to = props.query.to ?? today.toISODate() ?? '';
  const from = props.query.from ?? today.startOf('month').toISODate() ?? '';
  const daily = from <= to ? await listDailyUsage(ctx.db, { workspaceId: props.workspaceId, from, to }) : [];
  const period = (day: string) => (props.query.granularity === 'month' ? day.slice(0, 7) : day);

  const rows = new Map<string, UsageRowOut>();
  const totals = new Map<string, Omit<UsageRowOut, 'period'>>();
  for (const row of daily) {
    const model = row.model === '' ? null : row.model;
    const p = period(row.day);
    const rowKey = `${p}|${row.unit}|${row.model}`;
    const current = rows.get(rowKey) ?? {
      period: p,
      unit: row.unit,
      model,
      quantity: 0,
      providerCostMicros: 0,
    };
    current.quantity += row.quantity;
    current.providerCostMicros += row.costMicros;
    rows.set(rowKey, current);
    const totalKey = `${row.unit}|${row.model}`;
    const total = totals.get(totalKey) ?? { unit: row.unit, model, quantity: 0, providerCostMicros: 0 };
    total.quantity += row.quantity;
    total.providerCostMicros += row.costMicros;
    totals.set(totalKey, total);
  }
  return {
    from,
    to,
    timezone: workspace.timezone,
    granularity: props.query.granularity,
    rows: [...rows.values()],
    totals: [...totals.values()].sort((a, b) => a.unit.localeCompare(b.unit)),
  };
}

export function usageCsv(usage: Usage): { header: string[]; rows: (string | number | null)[][] } {
  return {
    header: ['period', 'unit', 'model', 'quantity', 'provider_cost'],
    rows: usage.rows.map((row) => [
      row.period,
      row.unit,
      row.model,
      row.quantity,
      (row.providerCostMicros / 1_000_000).toFixed(6),
    ]),
  };
}

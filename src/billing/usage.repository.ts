import type { DbOrTrx } from '../db/database.js';
import { sql } from '../db/migration-helpers.js';
import type { UsageUnit } from '../jobs/usage.table.js';

export interface DailyUsage {
  day: string;
  unit: UsageUnit;
  model: string;
  quantity: number;
  costMicros: number;
}

/** The workspace's daily totals for days in [from, to], both `YYYY-MM-DD`. */
export async function listDailyUsage(
  db: DbOrTrx,
  props: { workspaceId: string; from: string; to: string },
): Promise<DailyUsage[]> {
  const rows = await db
    .selectFrom('usageDaily')
    .select(['day', 'unit', 'model', 'quantity', 'costMicros'])
    .where('workspaceId', '=', props.workspaceId)
    .where('day', '>=', props.from)
    .where('day', '<=', props.to)
    .orderBy('day')
    .orderBy('unit')
    .orderBy('model')
    .execute();
  return rows.map((row) => ({ ...row, quantity: Number(row.quantity), costMicros: Number(row.costMicros) }));
}

/** Our count of a unit for one day, from the events themselves. */
export async function countUsage(
  db: DbOrTrx,
  props: { workspaceId: string; day: string; unit: UsageUnit },
): Promise<{ events: number; quantity: number }> {
  const row = await db
    .selectFrom('usageEvents')
    .select([sql<number>`count(*)`.as('events'), sql<number>`coalesce(sum(quantity), 0)`.as('quantity')])
    .where('workspaceId', '=', props.workspaceId)
    .where('day', '=', props.day)
    .where('unit', '=', props.unit)
    .executeTakeFirstOrThrow();
  return { events: Number(row.events), quantity: Number(row.quantity) };
}

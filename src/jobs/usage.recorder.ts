import { DateTime } from 'luxon';
import type { DbOrTrx } from '../db/database.js';
import { sql } from '../db/migration-helpers.js';
import { columnsOf, firstRow, prepared } from '../db/prepared.js';
import { newId } from '../platform/ids.js';
import { chargeUsage } from './usage.charge.js';
import type { UsageEventRow, UsageUnit } from './usage.table.js';

/**
 * The one writer of usage. It depends on nothing above the database so that the paths that cause usage
 * (a text sent or received, a lead stored, a call ended, a model answering) record it in their own
 * transaction: a unit exists exactly when its cause committed, and so does its charge to the workspace's plan or wallet.
 */
export interface NewUsage {
  workspaceId: string;
  unit: UsageUnit;
  quantity: number;
  /** Derived from the cause, e.g. `sms_out:<messageId>`. */
  key: string;
  /** ISO-8601, from the caller's clock. */
  at: string;
  /** The workspace's zone, when the caller has it (the day is counted in it); read from the workspace if not. */
  timezone?: string | undefined;
  messageId?: string | null | undefined;
  callId?: string | null | undefined;
  leadId?: string | null | undefined;
  model?: string | null | undefined;
}

const USAGE_EVENT_COLUMNS = [
  ...['id', 'workspaceId', 'unit', 'quantity', 'occurredAt', 'day', 'idempotencyKey', 'messageId', 'callId'],
  ...['leadId', 'model', 'providerPriceMicros', 'providerPriceCurrency', 'createdAt'],
] as const satisfies readonly (keyof UsageEventRow)[];

const insertUsageEvent = prepared((db, row: Pick<UsageEventRow, (typeof USAGE_EVENT_COLUMNS)[number]>) =>
  db
    .insertInto('usageEvents')
    .values(columnsOf(row, USAGE_EVENT_COLUMNS))
    .onConflict((oc) => oc.columns(['workspaceId', 'idempotencyKey']).doNothing())
    .returning('id'),
);

/** Records the unit once per key and adds it to the day's total; `false` when the key was seen before. */
export async function recordUsage(db: DbOrTrx, usage: NewUsage): Promise<boolean> {
  if (!(usage.quantity > 0)) return false;
  const workspace =
    usage.timezone === undefined
      ? await db
          .selectFrom('workspaces')
          .select('timezone')
          .where('id', '=', usage.workspaceId)
          .executeTakeFirst()
      : { timezone: usage.timezone };
  const day = dayIn(usage.at, workspace?.timezone ?? 'UTC');
  const model = usage.model ?? '';
  const inserted = await firstRow(
    insertUsageEvent(db, {
      id: newId(Date.parse(usage.at)),
      workspaceId: usage.workspaceId,
      unit: usage.unit,
      quantity: usage.quantity,
      occurredAt: usage.at,
      day,
      idempotencyKey: usage.key,
      messageId: usage.messageId ?? null,
      callId: usage.callId ?? null,
      leadId: usage.leadId ?? null,
      model,
      providerPriceMicros: null,
      providerPriceCurrency: null,
      createdAt: usage.at,
    }),
  );
  if (!inserted) return false;
  await chargeUsage(db, {
    workspaceId: usage.workspaceId,
    unit: usage.unit,
    quantity: usage.quantity,
    day,
    at: usage.at,
  });
  await addToDay(
    db,
    { workspaceId: usage.workspaceId, day, unit: usage.unit, model },
    usage.quantity,
    0,
    usage.at,
  );
  return true;
}

/**
 * The provider's price for the unit recorded under `key`, once: a repeated report changes nothing.
 * Twilio reports a cost as a negative decimal string (`-0.00750`); we store its size.
 */
export async function recordProviderPrice(
  db: DbOrTrx,
  props: { workspaceId: string; key: string; price: string; currency: string | null; at: string },
): Promise<boolean> {
  const micros = priceToMicros(props.price);
  if (micros === undefined) return false;
  const event = await db
    .updateTable('usageEvents')
    .set({ providerPriceMicros: micros, providerPriceCurrency: props.currency?.toUpperCase() ?? null })
    .where('workspaceId', '=', props.workspaceId)
    .where('idempotencyKey', '=', props.key)
    .where('providerPriceMicros', 'is', null)
    .returning(['day', 'unit', 'model'])
    .executeTakeFirst();
  if (!event) return false;
  await addToDay(db, { workspaceId: props.workspaceId, ...event }, 0, micros, props.at);
  return true;
}

export function priceToMicros(price: string): number | undefined {
  const value = Number(price);
  if (price.trim() === '' || !Number.isFinite(value)) return undefined;
  return Math.round(Math.abs(value) * 1_000_000);
}

export function dayIn(at: string, zone: string): string {
  const local = DateTime.fromISO(at, { zone: 'utc' }).setZone(zone);
  return (local.isValid ? local : DateTime.fromISO(at, { zone: 'utc' })).toISODate() ?? at.slice(0, 10);
}

async function addToDay(
  db: DbOrTrx,
  key: { workspaceId: string; day: string; unit: UsageUnit; model: string },
  quantity: number,
  costMicros: number,
  at: string,
): Promise<void> {
  await addToDayRow(db, { ...key, quantity, costMicros, updatedAt: at });
}

const addToDayRow = prepared(
  (
    db,
    p: { workspaceId: string; day: string; unit: UsageUnit; model: string } & {
      quantity: number;
      costMicros: number;
      updatedAt: string;
    },
  ) =>
    db
      .insertInto('usageDaily')
      .values(columnsOf(p, ['workspaceId', 'day', 'unit', 'model', 'quantity', 'costMicros', 'updatedAt']))
      .onConflict((oc) =>
        oc.columns(['workspaceId', 'day', 'unit', 'model']).doUpdateSet({
          quantity: sql`usage_daily.quantity + excluded.quantity`,
          costMicros: sql`usage_daily.cost_micros + excluded.cost_micros`,
          updatedAt: sql`excluded.updated_at`,
        }),
      ),
);

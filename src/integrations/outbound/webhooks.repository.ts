import type { Updateable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import { prepared } from '../../db/prepared.js';
import type {
  DeliveryStatus,
  WebhookAttemptRow,
  WebhookDeliveriesTable,
  WebhookDeliveryRow,
  WebhookEndpointRow,
  WebhookEndpointsTable,
} from './webhooks.table.js';

export async function insertEndpoint(db: DbOrTrx, row: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhookEndpoints').values(row).execute();
}

export function findEndpoint(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  return db
    .selectFrom('webhookEndpoints')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listEndpoints(db: DbOrTrx, workspaceId: string): Promise<WebhookEndpointRow[]> {
  return db
    .selectFrom('webhookEndpoints')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute();
}

export async function updateEndpoint(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Updateable<WebhookEndpointsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('webhookEndpoints')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteEndpoint(db: DbOrTrx, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('webhookEndpoints')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Inserts the delivery unless the endpoint already has one for the event (a dispatch run twice). */
export async function insertDeliveryOnce(db: DbOrTrx, row: WebhookDeliveryRow): Promise<boolean> {
  const inserted = await db
    .insertInto('webhookDeliveries')
    .values(row)
    .onConflict((oc) => oc.columns(['endpointId', 'eventId']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export function findDelivery(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
): Promise<WebhookDeliveryRow | undefined> {
  return db
    .selectFrom('webhookDeliveries')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The oldest unfinished delivery of a chain: the only one of the chain that may be sent. */
export function chainHead(
  db: DbOrTrx,
  props: { workspaceId: string; endpointId: string; chainKey: string },
): Promise<WebhookDeliveryRow | undefined> {
  return db
    .selectFrom('webhookDeliveries')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('endpointId', '=', props.endpointId)
    .where('chainKey', '=', props.chainKey)
    .where('status', '=', 'pending')
    .orderBy('eventId')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** Takes the delivery for one attempt; false when another worker holds it. */
export async function lockDelivery(
  db: DbOrTrx,
  row: Pick<WebhookDeliveryRow, 'workspaceId' | 'id'>,
  props: { now: string; until: string },
): Promise<boolean> {
  const result = await db
    .updateTable('webhookDeliveries')
    .set({ lockedUntil: props.until })
    .where('workspaceId', '=', row.workspaceId)
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<', props.now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function updateDelivery(
  db: DbOrTrx,
  workspaceId: string,
  id: string,
  changes: Updateable<WebhookDeliveriesTable>,
): Promise<void> {
  await db
    .updateTable('webhookDeliveries')
    .set(changes)
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function insertAttempt(db: DbOrTrx, row: WebhookAttemptRow): Promise<void> {
  await db.insertInto('webhookAttempts').values(row).execute();
}

export function listDeliveries(
  db: DbOrTrx,
  props: { workspaceId: string; endpointId: string; status?: DeliveryStatus | undefined; limit: number },
): Promise<WebhookDeliveryRow[]> {
  let query = db
    .selectFrom('webhookDeliveries')
    .selectAll()
    .where('workspaceId', '=', props.workspaceId)
    .where('endpointId', '=', props.endpointId);
  if (props.status) query = query.where('status', '=', props.status);
  return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(props.limit).execute();
}

export function listAttempts(
  db: DbOrTrx,
  workspaceId: string,
  deliveryIds: readonly string[],
): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('webhookAttempts')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('deliveryId', 'in', deliveryIds)
    .orderBy('attemptedAt')
    .orderBy('id')
    .execute();
}

/** Enabled endpoints of the workspace; the caller filters by event type. */
export async function enabledEndpoints(db: DbOrTrx, workspaceId: string): Promise<WebhookEndpointRow[]> {
  return (await enabledEndpointRows(db, { workspaceId })).rows;
}

const enabledEndpointRows = prepared((db, p: { workspaceId: string }) =>
  db
    .selectFrom('webhookEndpoints')
    .selectAll()
    .where('workspaceId', '=', p.workspaceId)
    .where('enabled', '=', 1),
);

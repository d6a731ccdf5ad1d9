import type { Db, DbOrTrx, Trx } from '../db/database.js';
import type { PersonRefs } from './erasure.repository.js';
import { sweep } from './retention.repository.js';
import { mentions } from './source-payloads.privacy.js';

/** The deliveries about the person: their leads' and their contact's chains. */
const chainsOf = (leadIds: readonly string[], contactId: string) =>
  leadIds.map((id) => `lead:${id}`).concat(`contact:${contactId}`);

/**
 * Outbound webhook deliveries hold a snapshot of the lead (name, email, maybe phone, a text's words): under
 * erasure the person's deliveries go, with their attempts (the receiver's answers may echo the body). The
 * events themselves hold ids only and stay.
 */
export async function deleteWebhookDeliveries(trx: Trx, refs: PersonRefs): Promise<number> {
  let deleted = 0;
  const chains = chainsOf(refs.leadIds, refs.contactId);
  for (let i = 0; i < chains.length; i += 200) {
    const result = await trx
      .deleteFrom('webhookDeliveries')
      .where('workspaceId', '=', refs.workspaceId)
      .where('chainKey', 'in', chains.slice(i, i + 200))
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  if (refs.needles.length > 0) {
    const result = await trx
      .deleteFrom('webhookDeliveries')
      .where('workspaceId', '=', refs.workspaceId)
      .where(mentions('body', refs.needles))
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}

/**
 * For a person's export: what the workspace sent about them to its own systems, with where it went (the
 * receiver's host: its path can be a secret), when, the body as sent and how each attempt was answered.
 */
export async function exportWebhookDeliveries(
  db: DbOrTrx,
  props: { workspaceId: string; contactId: string; leadIds: readonly string[] },
): Promise<Record<string, unknown>[]> {
  const deliveries = await db
    .selectFrom('webhookDeliveries')
    .innerJoin('webhookEndpoints', (join) =>
      join
        .onRef('webhookEndpoints.id', '=', 'webhookDeliveries.endpointId')
        .onRef('webhookEndpoints.workspaceId', '=', 'webhookDeliveries.workspaceId'),
    )
    .select([
      'webhookDeliveries.id',
      'webhookDeliveries.eventType',
      'webhookDeliveries.status',
      'webhookDeliveries.body',
      'webhookDeliveries.createdAt',
      'webhookDeliveries.deliveredAt',
      'webhookEndpoints.url',
    ])
    .where('webhookDeliveries.workspaceId', '=', props.workspaceId)
    .where('webhookDeliveries.chainKey', 'in', chainsOf(props.leadIds, props.contactId))
    .orderBy('webhookDeliveries.createdAt', 'asc')
    .orderBy('webhookDeliveries.id', 'asc')
    .execute();
  if (deliveries.length === 0) return [];
  const attempts = await db
    .selectFrom('webhookAttempts')
    .select(['deliveryId', 'attemptedAt', 'statusCode', 'latencyMs'])
    .where('workspaceId', '=', props.workspaceId)
    .where(
      'deliveryId',
      'in',
      deliveries.map((d) => d.id),
    )
    .orderBy('attemptedAt', 'asc')
    .execute();
  return deliveries.map(({ url, body, ...delivery }) => ({
    ...delivery,
    sentTo: hostOf(url),
    body: body === '' ? null : body,
    attempts: attempts
      .filter((a) => a.deliveryId === delivery.id)
      .map(({ deliveryId: _id, ...attempt }) => attempt),
  }));
}

function hostOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).host : null;
}

/**
 * Retention: finished deliveries created before the cutoff (the message period) lose the body they
 * carried and the receiver's answers; the rows stay with their status, times and codes, so the log holds.
 * Pending ones are left to finish.
 */
export async function scrubWebhookDeliveries(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  return sweep(
    () =>
      db
        .selectFrom('webhookDeliveries')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('createdAt', '<', cutoff)
        .where('status', '<>', 'pending')
        .where((eb) => eb.or([eb('body', '<>', ''), eb('lastResponse', 'is not', null)]))
        .limit(limit)
        .execute(),
    (ids) =>
      db.transaction().execute(async (trx) => {
        await trx
          .updateTable('webhookDeliveries')
          .set({ body: '', lastResponse: null })
          .where('workspaceId', '=', workspaceId)
          .where('id', 'in', ids)
          .execute();
        await trx
          .updateTable('webhookAttempts')
          .set({ responseExcerpt: null })
          .where('workspaceId', '=', workspaceId)
          .where('deliveryId', 'in', ids)
          .execute();
      }),
  );
}

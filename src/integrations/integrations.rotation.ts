import type { Trx } from '../db/database.js';

/** Seals a value again under the current key; undefined when it already is. */
export type ResealValue = (rowId: string, sealed: string) => string | undefined;

interface Counts {
  examined: number;
  resealed: number;
}

/** Webhook endpoints' signing secrets, the one rotating out included. */
export async function rotateWebhookEndpointSecrets(trx: Trx, reseal: ResealValue): Promise<Counts> {
  const rows = await trx
    .selectFrom('webhookEndpoints')
    .select(['id', 'secretSealed', 'previousSecretSealed'])
    .execute();
  let resealed = 0;
  for (const row of rows) {
    const secret = reseal(row.id, row.secretSealed);
    const previous = row.previousSecretSealed ? reseal(row.id, row.previousSecretSealed) : undefined;
    if (secret === undefined && previous === undefined) continue;
    // Only if unchanged since read: a rotation meanwhile wrote under the current key already.
    const result = await trx
      .updateTable('webhookEndpoints')
      .set({
        ...(secret !== undefined ? { secretSealed: secret } : {}),
        ...(previous !== undefined ? { previousSecretSealed: previous } : {}),
      })
      .where('id', '=', row.id)
      .where('secretSealed', '=', row.secretSealed)
      .executeTakeFirst();
    resealed += Number(result.numUpdatedRows);
  }
  return { examined: rows.length, resealed };
}

/** Follow Up Boss API keys and system keys. */
export async function rotateFubSecrets(trx: Trx, reseal: ResealValue): Promise<Counts> {
  const rows = await trx
    .selectFrom('fubConnections')
    .select(['workspaceId', 'apiKeySealed', 'systemKeySealed'])
    .execute();
  let resealed = 0;
  for (const row of rows) {
    const apiKey = reseal(row.workspaceId, row.apiKeySealed);
    const systemKey = reseal(row.workspaceId, row.systemKeySealed);
    if (apiKey === undefined && systemKey === undefined) continue;
    const result = await trx
      .updateTable('fubConnections')
      .set({
        ...(apiKey !== undefined ? { apiKeySealed: apiKey } : {}),
        ...(systemKey !== undefined ? { systemKeySealed: systemKey } : {}),
      })
      .where('workspaceId', '=', row.workspaceId)
      .where('apiKeySealed', '=', row.apiKeySealed)
      .where('systemKeySealed', '=', row.systemKeySealed)
      .executeTakeFirst();
    resealed += Number(result.numUpdatedRows);
  }
  return { examined: rows.length, resealed };
}

import type { Trx } from '../../db/database.js';
import type { ResealValue } from '../../integrations/integrations.rotation.js';

/** The workspaces' EINs, sealed again under the current APP_SECRET. */
export async function rotateA2pEins(
  trx: Trx,
  reseal: ResealValue,
): Promise<{ examined: number; resealed: number }> {
  const rows = await trx
    .selectFrom('a2pRegistrations')
    .select(['workspaceId', 'einSealed'])
    .where('einSealed', 'is not', null)
    .execute();
  let resealed = 0;
  for (const row of rows) {
    const current = row.einSealed as string;
    const next = reseal(row.workspaceId, current);
    if (next === undefined) continue;
    // Only if unchanged since read: a brand saved meanwhile is under the current key already.
    const result = await trx
      .updateTable('a2pRegistrations')
      .set({ einSealed: next })
      .where('workspaceId', '=', row.workspaceId)
      .where('einSealed', '=', current)
      .executeTakeFirst();
    resealed += Number(result.numUpdatedRows);
  }
  return { examined: rows.length, resealed };
}

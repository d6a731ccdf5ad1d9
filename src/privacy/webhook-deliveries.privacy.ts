import { sql } from 'kysely';
import type { Trx } from '../db/database.js';
import type { PersonRefs } from './erasure.repository.js';

/**
 * Outbound webhook deliveries hold a snapshot of the lead (name, email, maybe phone, a text's words): under
 * erasure the person's deliveries go, with their attempts (the receiver's answers may echo the body). The
 * events themselves hold ids only and stay.
 */
export async function deleteWebhookDeliveries(trx: Trx, refs: PersonRefs): Promise<number> {
  let deleted = 0;
  const chains = refs.leadIds.map((id) => `lead:${id}`).concat(`contact:${refs.contactId}`);
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
      .where(
        sql<boolean>`(${sql.join(
          refs.needles.map(
            (n) =>
              sql`lower(${sql.ref('body')}) like ${`%${n.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`,
          ),
          sql` or `,
        )})`,
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}

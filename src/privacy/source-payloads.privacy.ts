import { sql } from 'kysely';
import type { Db, Trx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import type { PersonRefs } from './erasure.repository.js';

// What a lead source sent (the raw email, a webhook body, Meta's answers) under erasure and retention.

const EMPTY_SUMMARY = toJson({ from: null, subject: null });

const mentions = (column: string, needles: readonly string[]) =>
  sql<boolean>`(${sql.join(
    needles.map(
      (n) =>
        sql`lower(cast(${sql.ref(column)} as text)) like ${`%${n.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`,
    ),
    sql` or `,
  )})`;

/**
 * Deletes the payloads that made the person's leads, and any other (an unparsed email, a failed post)
 * that names their phone, email or name. The source's lead ids stay in source_leads: a source that
 * sends the same lead again meets the erased shell instead of bringing the person back.
 */
export async function deleteSourcePayloads(trx: Trx, refs: PersonRefs): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < refs.leadIds.length; i += 200) {
    const result = await trx
      .deleteFrom('sourcePayloads')
      .where('workspaceId', '=', refs.workspaceId)
      .where('leadId', 'in', refs.leadIds.slice(i, i + 200))
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  if (refs.needles.length > 0) {
    const result = await trx
      .deleteFrom('sourcePayloads')
      .where('workspaceId', '=', refs.workspaceId)
      .where(
        sql<boolean>`(${sql.join(
          ['raw', 'fetched', 'parsed', 'summary'].map((column) => mentions(column, refs.needles)),
          sql` or `,
        )})`,
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return deleted;
}

/**
 * Retention: payloads received before the cutoff (the message period) lose their content; the rows stay
 * with their status and lead id, so the deliveries list and counts hold.
 */
export async function scrubSourcePayloads(
  db: Db,
  workspaceId: string,
  cutoff: string,
  limit: number,
): Promise<number> {
  const rows = await db
    .selectFrom('sourcePayloads')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('receivedAt', '<', cutoff)
    .where((eb) =>
      eb.or([eb('raw', 'is not', null), eb('fetched', 'is not', null), eb('parsed', 'is not', null)]),
    )
    .limit(limit)
    .execute();
  if (rows.length === 0) return 0;
  await db
    .updateTable('sourcePayloads')
    .set({ raw: null, fetched: null, parsed: null, summary: EMPTY_SUMMARY })
    .where('workspaceId', '=', workspaceId)
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.length;
}

import { sql } from 'kysely';
import type { Db, DbOrTrx, Trx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import type { PersonRefs } from './erasure.repository.js';
import { sweep } from './retention.repository.js';

// What a lead source sent (the raw email, a webhook body, Meta's answers) under erasure and retention.

const EMPTY_SUMMARY = toJson({ from: null, subject: null });

/** The column's text holds one of the needles, compared without case. */
export const mentions = (column: string, needles: readonly string[]) =>
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
  return sweep(
    () =>
      db
        .selectFrom('sourcePayloads')
        .select('id')
        .where('workspaceId', '=', workspaceId)
        .where('receivedAt', '<', cutoff)
        .where((eb) =>
          eb.or([eb('raw', 'is not', null), eb('fetched', 'is not', null), eb('parsed', 'is not', null)]),
        )
        .limit(limit)
        .execute(),
    (ids) =>
      db
        .updateTable('sourcePayloads')
        .set({ raw: null, fetched: null, parsed: null, summary: EMPTY_SUMMARY })
        .where('workspaceId', '=', workspaceId)
        .where('id', 'in', ids)
        .execute(),
  );
}

/**
 * For a person's export: what sources sent that made their leads, and any other payload that names their
 * phone number or email address, as it came (the raw email or post) with what was read from it. The
 * name alone does not pick a payload here, so an export never carries another person's email.
 */
export async function exportSourcePayloads(
  db: DbOrTrx,
  props: { workspaceId: string; leadIds: readonly string[]; identifiers: readonly string[] },
): Promise<Record<string, unknown>[]> {
  const identifiers = props.identifiers.filter((n) => n.trim().length >= 3);
  if (props.leadIds.length === 0 && identifiers.length === 0) return [];
  const rows = await db
    .selectFrom('sourcePayloads')
    .select([
      'id',
      'kind',
      'status',
      'externalId',
      'contentType',
      'raw',
      'fetched',
      'summary',
      'parsed',
      'leadId',
      'receivedAt',
      'processedAt',
    ])
    .where('workspaceId', '=', props.workspaceId)
    .where((eb) => {
      const either = [];
      if (props.leadIds.length > 0) either.push(eb('leadId', 'in', props.leadIds));
      if (identifiers.length > 0)
        either.push(eb.or(['raw', 'fetched', 'parsed'].map((column) => mentions(column, identifiers))));
      return eb.or(either);
    })
    .orderBy('receivedAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
  return rows.map((row) => ({ ...row, summary: fromJson(row.summary), parsed: fromJson(row.parsed) }));
}

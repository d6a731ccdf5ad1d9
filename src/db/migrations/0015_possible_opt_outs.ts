import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Texts that may revoke consent but are not clearly a revocation ("ok stop for now lol"). While one stands
 * unresolved, no automated text goes to the person; a person on the team confirms or clears it. Rows stay
 * once resolved: they are the record of who decided what, and when.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('possible_opt_outs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('trigger', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('flagged_at', t.timestamp, (c) => c.notNull())
    .addColumn('resolved_at', t.timestamp)
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  // One flag per text, however often its webhook or job is retried.
  await db.schema
    .createIndex('possible_opt_outs_message_uq')
    .on('possible_opt_outs')
    .columns(['workspace_id', 'message_id'])
    .unique()
    .execute();
  // The gate asks on every send whether a flag stands for the contact; the inbox lists the standing ones.
  await db.schema
    .createIndex('possible_opt_outs_open_contact_idx')
    .on('possible_opt_outs')
    .columns(['workspace_id', 'contact_id'])
    .where(sql<boolean>`resolved_at is null`)
    .execute();
  await db.schema
    .createIndex('possible_opt_outs_open_flagged_idx')
    .on('possible_opt_outs')
    .columns(['workspace_id', 'flagged_at'])
    .where(sql<boolean>`resolved_at is null`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('possible_opt_outs').execute();
}

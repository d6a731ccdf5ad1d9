import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/** The conversation engine: the knowledge base it answers from, and a record of every turn it takes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const workspaceFk = 'workspaces.id';

  await db.schema
    .createTable('listings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('address_number', 'text')
    .addColumn('city', 'text')
    .addColumn('state', 'text')
    .addColumn('zip', 'text')
    .addColumn('mls_number', 'text')
    .addColumn('price_cents', t.bigint)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('beds', 'real')
    .addColumn('baths', 'real')
    .addColumn('sqft', 'integer')
    .addColumn('hoa_cents', t.bigint)
    .addColumn('open_houses', t.json, (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('listings_address_uq')
    .on('listings')
    .columns(['workspace_id', 'address_key'])
    .unique()
    .execute();
  // NULLs are distinct on both dialects, so listings without an MLS number do not collide.
  await db.schema
    .createIndex('listings_mls_uq')
    .on('listings')
    .columns(['workspace_id', 'mls_number'])
    .unique()
    .execute();
  await db.schema
    .createIndex('listings_number_idx')
    .on('listings')
    .columns(['workspace_id', 'address_number'])
    .execute();

  await db.schema
    .createTable('faqs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('keywords', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('faqs_workspace_idx')
    .on('faqs')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('conversation_turns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('inbound_message_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('skip_reason', 'text')
    .addColumn('asked_slot', 'text')
    .addColumn('declined_slot', 'text')
    .addColumn('progressed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answer_source', 'text')
    .addColumn('handoff_reason', 'text')
    .addColumn('reply_message_ids', t.json, (c) => c.notNull())
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('prompt_version', 'text')
    .addColumn('assist_ms', 'integer')
    .addColumn('input_tokens', 'integer')
    .addColumn('output_tokens', 'integer')
    .addColumn('assist_fallback', 'text')
    .addColumn('decide_ms', 'real', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_turns_message_uq')
    .on('conversation_turns')
    .columns(['workspace_id', 'inbound_message_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('conversation_turns_lead_idx')
    .on('conversation_turns')
    .columns(['workspace_id', 'lead_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_turns').execute();
  await db.schema.dropTable('faqs').execute();
  await db.schema.dropTable('listings').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Lead sources that deliver by themselves (lead emails, Meta and Google lead ads, a generic webhook), every
 * payload they send kept as it came before it is read, and the source's own lead id of each lead made, so a
 * source's retry is the same lead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('lead_sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    // The secret in the source's address or URL, and Meta's verify token: hashed, shown once.
    .addColumn('token_hash', 'text')
    .addColumn('token_hint', 'text')
    .addColumn('verify_token_hash', 'text')
    // Google's key: hashed like a token, since Google only sends it back.
    .addColumn('key_hash', 'text')
    // Meta's page id: which workspace a page's leads belong to.
    .addColumn('external_account', 'text')
    // Secrets we must send on (Meta's app secret and page token), sealed with APP_SECRET.
    .addColumn('secrets_sealed', 'text')
    .addColumn('settings', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lead_sources_token_uq')
    .on('lead_sources')
    .column('token_hash')
    .unique()
    .execute();
  await db.schema
    .createIndex('lead_sources_verify_token_uq')
    .on('lead_sources')
    .column('verify_token_hash')
    .unique()
    .execute();
  await db.schema
    .createIndex('lead_sources_account_uq')
    .on('lead_sources')
    .columns(['kind', 'external_account'])
    .unique()
    .execute();
  await db.schema
    .createIndex('lead_sources_workspace_idx')
    .on('lead_sources')
    .column('workspace_id')
    .execute();

  await db.schema
    .createTable('source_payloads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('source_id', 'text', (c) => c.references('lead_sources.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('content_type', 'text')
    // The payload exactly as it came; emptied by retention, erasure, or when an admin dismisses it.
    .addColumn('raw', 'text')
    // What was fetched from the source's API for it (Meta's lead).
    .addColumn('fetched', 'text')
    // For lists: sender and subject of an email, the form of an ad lead.
    .addColumn('summary', t.json, (c) => c.notNull())
    .addColumn('parsed', t.json)
    .addColumn('lead_id', 'text')
    .addColumn('inquiry_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('processed_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('source_payloads_status_idx')
    .on('source_payloads')
    .columns(['workspace_id', 'status', 'received_at'])
    .execute();
  await db.schema
    .createIndex('source_payloads_source_idx')
    .on('source_payloads')
    .columns(['source_id', 'received_at'])
    .execute();
  await db.schema.createIndex('source_payloads_lead_idx').on('source_payloads').column('lead_id').execute();

  await db.schema
    .createTable('source_leads')
    .addColumn('source_id', 'text', (c) => c.notNull().references('lead_sources.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull())
    .addColumn('payload_id', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('source_leads_pk', ['source_id', 'external_id'])
    .execute();
  await db.schema.createIndex('source_leads_lead_idx').on('source_leads').column('lead_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('source_leads').execute();
  await db.schema.dropTable('source_payloads').execute();
  await db.schema.dropTable('lead_sources').execute();
}

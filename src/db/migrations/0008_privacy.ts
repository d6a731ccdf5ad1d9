import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Data-subject requests: the request with its deadlines and one-time code, its trail of events, and the
 * export files waiting for their single download.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const workspaceFk = 'workspaces.id';

  await db.schema
    .createTable('privacy_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    // Set null when the person is erased: the request stays as a record that it was answered.
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('identifier_kind', 'text', (c) => c.notNull())
    // The phone or email given, sealed with APP_SECRET; cleared once the request is finished.
    .addColumn('identifier_sealed', 'text')
    // A keyed hash of the identifier, for the per-identifier rate limit.
    .addColumn('identifier_hash', 'text', (c) => c.notNull())
    // What the person wrote (corrections wanted), sealed; cleared once finished.
    .addColumn('note_sealed', 'text')
    .addColumn('ticket_hash', 'text')
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', t.timestamp)
    .addColumn('code_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('code_message_id', 'text')
    .addColumn('acknowledge_by', t.timestamp)
    .addColumn('due_at', t.timestamp, (c) => c.notNull())
    .addColumn('verified_at', t.timestamp)
    .addColumn('completed_at', t.timestamp)
    .addColumn('rejected_reason', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('privacy_requests_workspace_idx')
    .on('privacy_requests')
    .columns(['workspace_id', 'status', 'created_at'])
    .execute();
  // The nightly sweep closes requests whose code was never entered, across workspaces.
  await db.schema
    .createIndex('privacy_requests_status_idx')
    .on('privacy_requests')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('privacy_requests_identifier_idx')
    .on('privacy_requests')
    .columns(['workspace_id', 'identifier_hash', 'created_at'])
    .execute();
  await db.schema
    .createIndex('privacy_requests_ticket_uq')
    .on('privacy_requests')
    .column('ticket_hash')
    .unique()
    .execute();

  await db.schema
    .createTable('privacy_request_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.notNull().references('privacy_requests.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    // Codes and ids only: never the identifier, a name or what was corrected.
    .addColumn('details', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('privacy_request_events_request_idx')
    .on('privacy_request_events')
    .columns(['workspace_id', 'request_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('privacy_exports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('request_id', 'text', (c) => c.references('privacy_requests.id').onDelete('set null'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
    // sha256 of the download token; the file is sealed under a key derived from the token itself.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('downloaded_at', t.timestamp)
    .addColumn('purged_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('privacy_exports_expiry_idx')
    .on('privacy_exports')
    .columns(['purged_at', 'expires_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('privacy_exports').execute();
  await db.schema.dropTable('privacy_request_events').execute();
  await db.schema.dropTable('privacy_requests').execute();
}

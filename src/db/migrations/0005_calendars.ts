import type { Kysely } from 'kysely';
import { columnTypes, sql } from '../migration-helpers.js';

/** Calendars of agents: the private ICS feed, CalDAV and Google connections, and what was pushed where. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const workspaceFk = 'workspaces.id';

  await db.schema
    .createTable('calendar_connections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // Non-secret settings: server and calendar URLs, the user name, Google's calendar id.
    .addColumn('settings', t.json, (c) => c.notNull())
    // Passwords and OAuth tokens, sealed with APP_SECRET (platform/crypto encryptSecret).
    .addColumn('credentials', 'text')
    .addColumn('feed_token_hash', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('last_synced_at', t.timestamp)
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_connections_agent_idx')
    .on('calendar_connections')
    .columns(['workspace_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('calendar_connections_feed_token_uq')
    .on('calendar_connections')
    .column('feed_token_hash')
    .unique()
    .execute();
  // One feed per agent: reissuing replaces its token rather than adding a second feed.
  await db.schema
    .createIndex('calendar_connections_one_feed_uq')
    .on('calendar_connections')
    .columns(['workspace_id', 'user_id'])
    .unique()
    .where(sql.ref('kind'), '=', 'ics')
    .execute();

  await db.schema
    .createTable('calendar_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('connection_id', 'text', (c) =>
      c.notNull().references('calendar_connections.id').onDelete('cascade'),
    )
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id').onDelete('cascade'))
    // The provider's handle: the CalDAV object URL or the Google event id.
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The times written, so busy time read back can leave out our own events.
    .addColumn('start_at', t.timestamp, (c) => c.notNull())
    .addColumn('end_at', t.timestamp, (c) => c.notNull())
    .addColumn('synced_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_events_connection_appointment_uq')
    .on('calendar_events')
    .columns(['connection_id', 'appointment_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('calendar_events_appointment_idx')
    .on('calendar_events')
    .columns(['workspace_id', 'appointment_id'])
    .execute();

  // The invitation emails sent per appointment and recipient, so a retried sync does not mail a version twice.
  await db.schema
    .createTable('calendar_invitations')
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id').onDelete('cascade'))
    // `lead`, or `agent:<user id>` (a reassigned appointment has had two agents).
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('sent_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_invitations_pk', ['appointment_id', 'recipient'])
    .execute();

  // A Google consent in flight: the state parameter (hashed) ties the callback to the agent who started it.
  await db.schema
    .createTable('calendar_oauth_states')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('requested_by', 'text')
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_oauth_states').execute();
  await db.schema.dropTable('calendar_invitations').execute();
  await db.schema.dropTable('calendar_events').execute();
  await db.schema.dropTable('calendar_connections').execute();
}

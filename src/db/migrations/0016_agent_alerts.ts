import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Alerts that reach a person: each user chooses their channels (null keeps the workspace's default), the
 * browsers they allowed to receive Web Push, and which notes each of them has read in the dashboard.
 * The agent's mobile number is the existing `users.phone`, now written in E.164 by the API and the CLI.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema.alterTable('users').addColumn('alert_channels', 'text').execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // The endpoint is a capability URL and the keys encrypt for one browser: never exported, never logged.
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('key_p256dh', 'text', (c) => c.notNull())
    .addColumn('key_auth', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_success_at', t.timestamp)
    .addColumn('last_failure_at', t.timestamp)
    .addColumn('last_error', 'text')
    .execute();
  // A browser subscribes once per endpoint; subscribing again (a new sign-in) moves it to the new user.
  await db.schema
    .createIndex('push_subscriptions_endpoint_uq')
    .on('push_subscriptions')
    .column('endpoint')
    .unique()
    .execute();
  await db.schema
    .createIndex('push_subscriptions_user_idx')
    .on('push_subscriptions')
    .columns(['workspace_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('notification_reads')
    .addColumn('notification_id', 'text', (c) =>
      c.notNull().references('notifications.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('read_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_reads_pk', ['notification_id', 'user_id'])
    .execute();
  // The bell counts a user's unread notes on every page.
  await db.schema
    .createIndex('notification_reads_user_idx')
    .on('notification_reads')
    .columns(['workspace_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_reads').execute();
  await db.schema.dropTable('push_subscriptions').execute();
  await db.schema.alterTable('users').dropColumn('alert_channels').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const workspaceFk = 'workspaces.id';

  await db.schema.alterTable('users').addColumn('phone', 'text').execute();
  // Salt for the hashed suppression list; made on first use.
  await db.schema.alterTable('workspaces').addColumn('hash_salt', 'text').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('first_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('phone_raw', 'text')
    .addColumn('phone_valid', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email', 'text')
    .addColumn('state', 'text')
    .addColumn('zip', 'text')
    .addColumn('timezone', 'text')
    .addColumn('restricted_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contacts_phone_uq')
    .on('contacts')
    .columns(['workspace_id', 'phone'])
    .unique()
    .execute();
  await db.schema
    .createIndex('contacts_email_uq')
    .on('contacts')
    .columns(['workspace_id', 'email'])
    .unique()
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('lead_type', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('profile', t.json, (c) => c.notNull())
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('assigned_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_inquiry_at', t.timestamp, (c) => c.notNull())
    .addColumn('first_response_queued_at', t.timestamp)
    .addColumn('first_response_sent_at', t.timestamp)
    .addColumn('last_activity_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('leads_contact_uq')
    .on('leads')
    .columns(['workspace_id', 'contact_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('leads_workspace_received_idx')
    .on('leads')
    .columns(['workspace_id', 'received_at'])
    .execute();

  await db.schema
    .createTable('inquiries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('property', t.json)
    .addColumn('lead_type', 'text')
    .addColumn('started_first_response', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('inquiries_lead_idx')
    .on('inquiries')
    .columns(['workspace_id', 'lead_id'])
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('assistant_paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paused_reason', 'text')
    .addColumn('last_message_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversations_lead_channel_uq')
    .on('conversations')
    .columns(['workspace_id', 'lead_id', 'channel'])
    .unique()
    .execute();

  await db.schema
    .createTable('consent_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('evidence', t.json, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('consent_events_contact_idx')
    .on('consent_events')
    .columns(['workspace_id', 'contact_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('suppressions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value_hash', 'text', (c) => c.notNull())
    .addColumn('display', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('suppressions_value_uq')
    .on('suppressions')
    .columns(['workspace_id', 'kind', 'value_hash', 'reason'])
    .unique()
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('to_number', 'text')
    .addColumn('from_number', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('segments', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text')
    .addColumn('gate_reason', 'text')
    .addColumn('send_after', t.timestamp)
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .addColumn('delivered_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('messages_lead_idx')
    .on('messages')
    .columns(['workspace_id', 'lead_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('messages_provider_idx')
    .on('messages')
    .columns(['provider', 'provider_id'])
    .execute();
  await db.schema
    .createIndex('messages_contact_out_idx')
    .on('messages')
    .columns(['workspace_id', 'contact_id', 'direction', 'sent_at'])
    .execute();

  await db.schema
    .createTable('gate_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('message_id', 'text', (c) => c.references('messages.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', t.json, (c) => c.notNull())
    .addColumn('defer_until', t.timestamp)
    .addColumn('decided_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gate_decisions_message_idx')
    .on('gate_decisions')
    .columns(['workspace_id', 'message_id'])
    .execute();

  await db.schema
    .createTable('webhook_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('event_key', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('received_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_events_uq')
    .on('webhook_events')
    .columns(['provider', 'event_key'])
    .unique()
    .execute();

  await db.schema
    .createTable('phone_numbers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('messaging_service_sid', 'text')
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('phone_numbers_number_uq')
    .on('phone_numbers')
    .columns(['provider', 'number'])
    .unique()
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('lead_id', 'text', (c) => c.references('leads.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('notifications_workspace_idx')
    .on('notifications')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'notifications',
    'phone_numbers',
    'webhook_events',
    'gate_decisions',
    'messages',
    'suppressions',
    'consent_events',
    'conversations',
    'inquiries',
    'leads',
    'contacts',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('users').dropColumn('phone').execute();
  await db.schema.alterTable('workspaces').dropColumn('hash_salt').execute();
}

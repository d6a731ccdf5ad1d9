import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * The dashboard: notes on leads, and the indexes its lists, timeline, live events and analytics read by.
 * The live event stream asks each table "what changed in this workspace since T", hence the
 * (workspace_id, updated_at) indexes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('lead_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  const indexes: [name: string, table: string, columns: string[]][] = [
    ['lead_notes_lead_idx', 'lead_notes', ['workspace_id', 'lead_id', 'created_at']],
    // Inbox filters, each in the list's newest-first order.
    ['leads_stage_received_idx', 'leads', ['workspace_id', 'stage', 'received_at']],
    ['leads_source_received_idx', 'leads', ['workspace_id', 'source', 'received_at']],
    // Live events: what changed since a cursor.
    ['leads_workspace_updated_idx', 'leads', ['workspace_id', 'updated_at']],
    ['messages_workspace_updated_idx', 'messages', ['workspace_id', 'updated_at']],
    ['conversations_workspace_updated_idx', 'conversations', ['workspace_id', 'updated_at']],
    ['appointments_workspace_updated_idx', 'appointments', ['workspace_id', 'updated_at']],
    // Analytics by day, the consent log, and a lead's timeline out of the audit log.
    ['messages_workspace_created_idx', 'messages', ['workspace_id', 'created_at']],
    ['consent_events_workspace_created_idx', 'consent_events', ['workspace_id', 'created_at']],
    ['audit_log_target_idx', 'audit_log', ['workspace_id', 'target_type', 'target_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'audit_log_target_idx',
    'consent_events_workspace_created_idx',
    'messages_workspace_created_idx',
    'appointments_workspace_updated_idx',
    'conversations_workspace_updated_idx',
    'messages_workspace_updated_idx',
    'leads_workspace_updated_idx',
    'leads_source_received_idx',
    'leads_stage_received_idx',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
  await db.schema.dropTable('lead_notes').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Phone calls and what was said in them. A call is one row per provider call (a retried webhook finds it
 * again by its SID); its turns are the transcript, one row per thing the caller or the assistant said.
 * Transfer and recording columns are empty until those features fill them. A caller with no caller ID
 * has a call row and no lead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.references('leads.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.references('conversations.id').onDelete('cascade'))
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('provider_call_sid', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('from_number', 'text')
    .addColumn('to_number', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_history', t.json, (c) => c.notNull())
    .addColumn('answered_by', 'text')
    .addColumn('greeting', 'text', (c) => c.notNull())
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('connected_at', t.timestamp)
    .addColumn('ended_at', t.timestamp)
    .addColumn('duration_seconds', 'integer')
    .addColumn('outcome', 'text')
    .addColumn('handoff_reason', 'text')
    .addColumn('relay_state', t.json, (c) => c.notNull())
    .addColumn('transfer_to', 'text')
    .addColumn('transfer_status', 'text')
    .addColumn('transferred_at', t.timestamp)
    .addColumn('recording_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('recording_sid', 'text')
    .addColumn('recording_status', 'text')
    .addColumn('recording_path', 'text')
    .addColumn('recording_duration_seconds', 'integer')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Twilio retries a voice webhook with the same CallSid: it must find the call it already answered.
  await db.schema
    .createIndex('calls_provider_sid_uq')
    .on('calls')
    .columns(['provider', 'provider_call_sid'])
    .unique()
    .execute();
  await db.schema.createIndex('calls_lead_idx').on('calls').columns(['workspace_id', 'lead_id']).execute();
  await db.schema
    .createIndex('calls_contact_idx')
    .on('calls')
    .columns(['workspace_id', 'contact_id'])
    .execute();

  await db.schema
    .createTable('call_turns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('heard_text', 'text')
    .addColumn('interrupted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lang', 'text')
    .addColumn('latency_ms', 'double precision')
    .addColumn('started_at', t.timestamp, (c) => c.notNull())
    .addColumn('ended_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('call_turns_call_seq_uq')
    .on('call_turns')
    .columns(['call_id', 'seq'])
    .unique()
    .execute();
  await db.schema
    .createIndex('call_turns_workspace_call_idx')
    .on('call_turns')
    .columns(['workspace_id', 'call_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('call_turns').execute();
  await db.schema.dropTable('calls').execute();
}

import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Calls we place. A call attempt is asked for (a new lead with voice consent, "call now", a retry) before
 * any provider call exists: the gate may hold it, and the attempt keeps why and until when. Once placed it
 * names its call row. Calls also keep every attempt to transfer the caller to a person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('call_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('defer_until', t.timestamp)
    .addColumn('details', t.json, (c) => c.notNull())
    .addColumn('call_id', 'text', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('requested_by', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('call_attempts_lead_idx')
    .on('call_attempts')
    .columns(['workspace_id', 'lead_id'])
    .execute();
  await db.schema.createIndex('call_attempts_call_idx').on('call_attempts').column('call_id').execute();
  await db.schema.alterTable('calls').addColumn('transfer_attempts', t.json).execute();
  await db.schema.alterTable('calls').addColumn('attempt_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('calls').dropColumn('attempt_id').execute();
  await db.schema.alterTable('calls').dropColumn('transfer_attempts').execute();
  await db.schema.dropTable('call_attempts').execute();
}

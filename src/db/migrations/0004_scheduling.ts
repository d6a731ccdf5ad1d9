import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Scheduling: appointment types and who takes them, agents' availability, appointments, the claims
 * that keep one agent's appointments from overlapping, and booking links.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const workspaceFk = 'workspaces.id';

  await db.schema
    .createTable('appointment_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('slot_step_minutes', 'integer', (c) => c.notNull())
    .addColumn('location_kind', 'text', (c) => c.notNull())
    .addColumn('location_text', 'text')
    .addColumn('assignment', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointment_types_workspace_idx')
    .on('appointment_types')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('appointment_type_agents')
    .addColumn('appointment_type_id', 'text', (c) =>
      c.notNull().references('appointment_types.id').onDelete('cascade'),
    )
    .addColumn('agent_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('appointment_type_agents_pk', ['appointment_type_id', 'agent_id'])
    .execute();

  await db.schema
    .createTable('agent_availability')
    .addColumn('agent_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('timezone', 'text')
    .addColumn('weekly', t.json, (c) => c.notNull())
    .addColumn('overrides', t.json, (c) => c.notNull())
    .addColumn('time_off', t.json, (c) => c.notNull())
    .addColumn('buffer_before_minutes', 'integer', (c) => c.notNull())
    .addColumn('buffer_after_minutes', 'integer', (c) => c.notNull())
    .addColumn('minimum_notice_minutes', 'integer', (c) => c.notNull())
    .addColumn('max_per_day', 'integer')
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('appointment_type_id', 'text', (c) => c.notNull().references('appointment_types.id'))
    .addColumn('agent_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('start_at', t.timestamp, (c) => c.notNull())
    .addColumn('end_at', t.timestamp, (c) => c.notNull())
    .addColumn('buffer_before_minutes', 'integer', (c) => c.notNull())
    .addColumn('buffer_after_minutes', 'integer', (c) => c.notNull())
    .addColumn('agent_timezone', 'text', (c) => c.notNull())
    .addColumn('lead_timezone', 'text', (c) => c.notNull())
    .addColumn('location_kind', 'text', (c) => c.notNull())
    .addColumn('location_text', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assignment_reason', 'text', (c) => c.notNull())
    .addColumn('assignment_details', t.json, (c) => c.notNull())
    .addColumn('booked_via', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('confirmation_requested_at', t.timestamp)
    .addColumn('confirmed_at', t.timestamp)
    .addColumn('cancelled_at', t.timestamp)
    .addColumn('cancel_reason', 'text')
    .addColumn('completed_at', t.timestamp)
    .addColumn('no_show_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('appointments_agent_start_idx')
    .on('appointments')
    .columns(['workspace_id', 'agent_id', 'start_at'])
    .execute();
  await db.schema
    .createIndex('appointments_workspace_start_idx')
    .on('appointments')
    .columns(['workspace_id', 'start_at'])
    .execute();
  await db.schema
    .createIndex('appointments_lead_idx')
    .on('appointments')
    .columns(['workspace_id', 'lead_id'])
    .execute();

  // The no-overlap guarantee: an appointment claims every 5-minute cell of its buffered interval (and an
  // ordinal of its agent's local day, for the daily maximum). The primary key refuses a second claim.
  await db.schema
    .createTable('appointment_claims')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('claim_key', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('appointment_id', 'text', (c) => c.notNull().references('appointments.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('appointment_claims_pk', ['agent_id', 'claim_key'])
    .execute();
  await db.schema
    .createIndex('appointment_claims_appointment_idx')
    .on('appointment_claims')
    .column('appointment_id')
    .execute();

  await db.schema
    .createTable('booking_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references(workspaceFk).onDelete('cascade'))
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('appointment_type_id', 'text', (c) =>
      c.notNull().references('appointment_types.id').onDelete('cascade'),
    )
    .addColumn('appointment_id', 'text', (c) => c.references('appointments.id').onDelete('set null'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('revoked_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('booking_links_lead_idx')
    .on('booking_links')
    .columns(['workspace_id', 'lead_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('booking_links').execute();
  await db.schema.dropTable('appointment_claims').execute();
  await db.schema.dropTable('appointments').execute();
  await db.schema.dropTable('agent_availability').execute();
  await db.schema.dropTable('appointment_type_agents').execute();
  await db.schema.dropTable('appointment_types').execute();
}

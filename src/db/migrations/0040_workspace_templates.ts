import type { Kysely } from 'kysely';
import { columnTypes } from '../migration-helpers.js';

/**
 * Workspace templates: a named, versioned copy of one workspace's configuration (persona, script, message
 * templates, appointment types, knowledge, settings) kept by the platform operator, and per workspace what
 * was last applied from one, so the next preview can tell the template's changes from the workspace's own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('workspace_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('content', t.json, (c) => c.notNull())
    // No foreign key: a template outlives the workspace it was saved from.
    .addColumn('source_workspace_id', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('workspace_templates_version_uq')
    .on('workspace_templates')
    .columns(['name', 'version'])
    .unique()
    .execute();

  await db.schema
    .createTable('workspace_template_applications')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id').onDelete('cascade'))
    // No foreign key: deleting a template keeps the record of what it set.
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('template_name', 'text', (c) => c.notNull())
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('content', t.json, (c) => c.notNull())
    .addColumn('applied_at', t.timestamp, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_template_applications').execute();
  await db.schema.dropTable('workspace_templates').execute();
}

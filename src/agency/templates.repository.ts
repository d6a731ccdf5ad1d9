import type { DbOrTrx } from '../db/database.js';
import type { WorkspaceTemplateApplicationRow, WorkspaceTemplateRow } from './templates.table.js';

export async function insertTemplate(db: DbOrTrx, row: WorkspaceTemplateRow): Promise<void> {
  await db.insertInto('workspaceTemplates').values(row).execute();
}

export function findTemplate(db: DbOrTrx, id: string): Promise<WorkspaceTemplateRow | undefined> {
  return db.selectFrom('workspaceTemplates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every version of every template, by name then newest version first. */
export function listTemplateRows(db: DbOrTrx): Promise<WorkspaceTemplateRow[]> {
  return db
    .selectFrom('workspaceTemplates')
    .selectAll()
    .orderBy('name', 'asc')
    .orderBy('version', 'desc')
    .execute();
}

export async function latestVersion(db: DbOrTrx, name: string): Promise<number> {
  const row = await db
    .selectFrom('workspaceTemplates')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('name', '=', name)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

export async function deleteTemplateRow(db: DbOrTrx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('workspaceTemplates').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function findApplication(
  db: DbOrTrx,
  workspaceId: string,
): Promise<WorkspaceTemplateApplicationRow | undefined> {
  return db
    .selectFrom('workspaceTemplateApplications')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
}

export async function saveApplication(db: DbOrTrx, row: WorkspaceTemplateApplicationRow): Promise<void> {
  const { workspaceId: _id, ...changes } = row;
  await db
    .insertInto('workspaceTemplateApplications')
    .values(row)
    .onConflict((oc) => oc.column('workspaceId').doUpdateSet(changes))
    .execute();
}

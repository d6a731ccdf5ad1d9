import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { sql } from 'kysely';
import type { AppContext } from '../http/context.js';
import { notFound } from '../platform/errors.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { toCsv } from './csv.js';
import { SECRET_COLUMNS, UNEXPORTED_TABLES } from './erasure.coverage.js';
import { compactAfterErasure, deleteCalendarEvents } from './erasure.service.js';
import { zipFiles } from './export.service.js';

type Row = Record<string, unknown>;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every row of the workspace, table by table, as JSON (and CSV), secrets and hashes left out. */
export async function exportWorkspace(
  ctx: AppContext,
  workspaceId: string,
): Promise<{ zip: Uint8Array; counts: Record<string, number> }> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const tables = await ctx.db.introspection.getTables();
  const files: Record<string, Uint8Array> = {};
  const counts: Record<string, number> = {};
  for (const table of tables) {
    if (UNEXPORTED_TABLES.has(table.name)) continue;
    const key = table.name === 'workspaces' ? 'id' : 'workspace_id';
    if (!table.columns.some((c) => c.name === key)) continue;
    const result =
      await sql<Row>`select * from ${sql.table(table.name)} where ${sql.ref(key)} = ${workspaceId}`.execute(
        ctx.db,
      );
    const rows = result.rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !SECRET_COLUMNS.has(snake(column)))),
    );
    counts[table.name] = rows.length;
    files[`${table.name}.json`] = strToU8(`${JSON.stringify(rows, null, 2)}\n`);
    files[`${table.name}.csv`] = strToU8(toCsv(rows));
  }
  return { zip: zipFiles(files), counts };
}

/**
 * Deletes a workspace and everything in it, after writing its export to `exportFile`: events pushed to
 * agents' calendars first, then every row (the workspace's foreign keys cascade), then export files.
 */
export async function deleteWorkspace(
  ctx: AppContext,
  props: { workspaceId: string; exportFile: string },
): Promise<{ counts: Record<string, number>; calendar: { deleted: number; failed: number } }> {
  const { workspaceId } = props;
  const { zip, counts } = await exportWorkspace(ctx, workspaceId);
  await writeFile(props.exportFile, zip, { mode: 0o600 });
  const pushed = await ctx.db
    .selectFrom('calendarEvents')
    .select('appointmentId')
    .distinct()
    .where('workspaceId', '=', workspaceId)
    .where('status', '=', 'active')
    .execute();
  const calendar = await deleteCalendarEvents(ctx, {
    workspaceId,
    appointmentIds: pushed.map((e) => e.appointmentId),
  });
  const files = await ctx.db
    .selectFrom('privacyExports')
    .select('fileName')
    .where('workspaceId', '=', workspaceId)
    .where('purgedAt', 'is', null)
    .execute();
  if (ctx.dialect === 'sqlite') await sql`pragma secure_delete = on`.execute(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    // These carry a workspace id without a foreign key: rows of the past outlive their references.
    await trx.deleteFrom('jobs').where('workspaceId', '=', workspaceId).execute();
    await trx.deleteFrom('auditLog').where('workspaceId', '=', workspaceId).execute();
    await trx.deleteFrom('webhookEvents').where('workspaceId', '=', workspaceId).execute();
    await trx.deleteFrom('workspaces').where('id', '=', workspaceId).execute();
  });
  for (const file of files) {
    await rm(path.join(ctx.config.dataDir, 'exports', file.fileName), { force: true });
  }
  await compactAfterErasure(ctx);
  ctx.logger.info({ category: 'privacy', workspaceId, calendar }, 'workspace deleted');
  return { counts, calendar };
}

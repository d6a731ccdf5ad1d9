import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AppContext } from '../http/context.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { deleteWorkspace } from '../privacy/workspace-deletion.service.js';
import { audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';

/** Where the console keeps the export of each workspace it deletes, under DATA_DIR. */
const EXPORTS_DIR = 'workspace-exports';
const EXPORT_NAME = /^[a-z0-9-]+-\d{8}T\d{6}Z\.zip$/;

export const deleteWorkspaceBody = z.strictObject({
  confirm: z.string().describe("The workspace's slug, typed again: deleting cannot be undone"),
});

export const deletedWorkspaceSchema = z.object({
  workspaceId: z.string(),
  export: z.object({
    fileName: z.string().describe('Download it from /api/v1/operator/workspace-exports/{fileName}'),
    bytes: z.number().int(),
    sha256: z.string(),
  }),
  counts: z.record(z.string(), z.number().int()).describe('Rows exported (and deleted), by table'),
  calendar: z.object({ deleted: z.number().int(), failed: z.number().int() }),
});

export const exportParams = z.strictObject({ fileName: z.string().regex(EXPORT_NAME) });

type DeletedWorkspace = z.infer<typeof deletedWorkspaceSchema>;

/**
 * Deletes a workspace from the console as `closing-cloud workspaces delete` does: its whole export is
 * written first (kept under DATA_DIR for the operator to download), then every row of it goes. Recorded in
 * the operator's audit log, since the workspace's own goes with it.
 */
export async function deleteWorkspaceFromConsole(
  ctx: AppContext,
  props: { workspaceId: string; confirm: string; operatorId: string; ip?: string | undefined },
): Promise<DeletedWorkspace> {
  const workspace = await findWorkspace(ctx.db, props.workspaceId);
  if (!workspace) throw notFound('Workspace');
  if (props.confirm !== workspace.slug) {
    throw unprocessable("Type the workspace's slug to confirm", { slug: workspace.slug }, 'confirm_mismatch');
  }
  const stamp = ctx.clock
    .now()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const fileName = `${workspace.slug}-${stamp}.zip`;
  const dir = path.join(ctx.config.dataDir, EXPORTS_DIR);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, fileName);
  const { counts, calendar } = await deleteWorkspace(ctx, { workspaceId: workspace.id, exportFile: file });
  const zip = await readFile(file);
  const exported = { fileName, bytes: zip.length, sha256: createHash('sha256').update(zip).digest('hex') };
  await audit(ctx.db, {
    workspaceId: null,
    actor: { type: 'operator', id: props.operatorId },
    action: 'operator.workspace_deleted',
    target: { type: 'workspace', id: workspace.id },
    details: { slug: workspace.slug, export: exported, counts, calendar },
    ip: props.ip,
    at: ctx.clock.now(),
  });
  return { workspaceId: workspace.id, export: exported, counts, calendar };
}

/** A deleted workspace's export, by the name the deletion answered. */
export async function readWorkspaceExport(ctx: AppContext, fileName: string): Promise<Buffer> {
  const file = path.join(ctx.config.dataDir, EXPORTS_DIR, fileName);
  const found = await stat(file).catch(() => null);
  if (!found?.isFile()) throw notFound('Export');
  return readFile(file);
}

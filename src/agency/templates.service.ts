import type { DbOrTrx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { conflict, isAppError, notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { audit } from '../workspaces/audit.service.js';
import type { NewWorkspaceProps } from '../workspaces/workspace-creation.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import { hashOwner, insertWorkspaceWithOwner, type NewOwner } from '../workspaces/workspaces.service.js';
import type { UserRow, WorkspaceRow } from '../workspaces/workspaces.table.js';
import { type AppliedTemplate, applyTemplateIn, previewTemplate } from './templates.apply.js';
import {
  readWorkspaceConfig,
  sectionCounts,
  type TemplateContent,
  templateContentSchema,
} from './templates.content.js';
import { diffCounts, type TemplateDiff } from './templates.diff.js';
import {
  deleteTemplateRow,
  findTemplate,
  insertTemplate,
  latestVersion,
  listTemplateRows,
} from './templates.repository.js';
import type {
  CreateTemplateBody,
  TemplateApplyResult,
  TemplateSummary,
  WorkspacePreview,
} from './templates.schema.js';
import type { WorkspaceTemplateRow } from './templates.table.js';

interface OperatorProps {
  operatorId: string;
  ip?: string | undefined;
}

type Template = TemplateSummary & { content: TemplateContent };

function rowToTemplate(row: WorkspaceTemplateRow): Template {
  const content = templateContentSchema.parse(fromJson(row.content));
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    description: row.description,
    sourceWorkspaceId: row.sourceWorkspaceId,
    createdAt: row.createdAt,
    counts: sectionCounts(content),
    content,
  };
}

const summary = ({ content: _content, ...rest }: Template): TemplateSummary => rest;

export async function listTemplates(ctx: AppContext): Promise<TemplateSummary[]> {
  return (await listTemplateRows(ctx.db)).map((row) => summary(rowToTemplate(row)));
}

async function loadTemplate(db: DbOrTrx, id: string): Promise<Template> {
  const row = await findTemplate(db, id);
  if (!row) throw notFound('Template');
  return rowToTemplate(row);
}

export const getTemplate = (ctx: AppContext, id: string): Promise<Template> => loadTemplate(ctx.db, id);

const operatorActor = (operatorId: string) => ({ type: 'operator' as const, id: operatorId });

/** Saves the workspace's configuration as the next version of the named template. */
export async function saveTemplate(ctx: AppContext, props: OperatorProps & { body: CreateTemplateBody }) {
  const at = ctx.clock.now();
  const { workspaceId, name, description } = props.body;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const { content } = await readWorkspaceConfig(trx, workspaceId);
      const row: WorkspaceTemplateRow = {
        id: newId(at.getTime()),
        name,
        version: (await latestVersion(trx, name)) + 1,
        description,
        content: toJson(content),
        sourceWorkspaceId: workspaceId,
        createdAt: at.toISOString(),
      };
      await insertTemplate(trx, row);
      const entry = {
        actor: operatorActor(props.operatorId),
        action: 'template.saved',
        target: { type: 'workspace_template', id: row.id },
        details: { workspaceId, template: name, version: row.version },
        ip: props.ip,
        at,
      };
      await audit(trx, { ...entry, workspaceId });
      await audit(trx, { ...entry, workspaceId: null });
      return rowToTemplate(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`Template ${name} was saved at the same moment; save again`, 'template_version_taken');
    }
    throw error;
  }
}

export async function deleteTemplate(ctx: AppContext, props: OperatorProps & { templateId: string }) {
  await ctx.db.transaction().execute(async (trx) => {
    const template = await loadTemplate(trx, props.templateId);
    await deleteTemplateRow(trx, template.id);
    await audit(trx, {
      workspaceId: null,
      actor: operatorActor(props.operatorId),
      action: 'template.deleted',
      target: { type: 'workspace_template', id: template.id },
      details: { template: template.name, version: template.version },
      ip: props.ip,
      at: ctx.clock.now(),
    });
  });
}

/**
 * A new workspace (and optionally its owner) made the way the operator's plain "create" makes it, with the
 * template applied to it, audited like any apply, all in one transaction: a template that cannot be applied
 * leaves no workspace, owner or audit row behind.
 */
export async function createWorkspaceFromTemplate(
  ctx: AppContext,
  props: OperatorProps & {
    templateId: string;
    body: NewWorkspaceProps & { owner?: NewOwner | undefined };
  },
): Promise<{ workspace: WorkspaceRow; owner: UserRow | null; template: TemplateSummary }> {
  const template = await getTemplate(ctx, props.templateId);
  const owner = await hashOwner(props.body.owner);
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const created = await insertWorkspaceWithOwner(trx, { ...props.body, ...props, owner, at });
    const workspaceId = created.workspace.id;
    await applyTemplateIn(trx, { ...props, workspaceId, template, at });
    const workspace = (await findWorkspace(trx, workspaceId)) ?? created.workspace;
    return { workspace, owner: created.owner, template: summary(template) };
  });
}

const changeCount = (diff: TemplateDiff) =>
  Object.values(diffCounts(diff)).reduce((sum, c) => sum + c.added + c.changed + c.removed, 0);

async function existingWorkspaces(ctx: AppContext, ids: readonly string[]): Promise<WorkspaceRow[]> {
  const rows = await Promise.all(ids.map((id) => findWorkspace(ctx.db, id)));
  if (rows.some((row) => !row)) throw notFound('Workspace');
  return rows as WorkspaceRow[];
}

/** Per workspace, what applying the template would add, change and remove, section by section. */
export async function previewTemplateFor(
  ctx: AppContext,
  props: { templateId: string; workspaceIds: readonly string[] },
): Promise<{ template: TemplateSummary; workspaces: WorkspacePreview[] }> {
  const template = await getTemplate(ctx, props.templateId);
  const workspaces = await existingWorkspaces(ctx, props.workspaceIds);
  const previews: WorkspacePreview[] = [];
  for (const workspace of workspaces) {
    const { diff, lastApplied } = await previewTemplate(ctx.db, { workspaceId: workspace.id, template });
    previews.push({
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      lastApplied,
      changes: changeCount(diff),
      sections: diff,
    });
  }
  return { template: summary(template), workspaces: previews };
}

/**
 * Applies the template to each workspace in a transaction of its own: one that fails is left as it was
 * and reported, the others are applied.
 */
export async function applyTemplateTo(
  ctx: AppContext,
  props: OperatorProps & { templateId: string; workspaceIds: readonly string[] },
): Promise<TemplateApplyResult> {
  const template: AppliedTemplate & TemplateSummary = await getTemplate(ctx, props.templateId);
  const workspaces = await existingWorkspaces(ctx, props.workspaceIds);
  const results: TemplateApplyResult['workspaces'] = [];
  for (const { id: workspaceId } of workspaces) {
    try {
      const diff = await ctx.db
        .transaction()
        .execute((trx) => applyTemplateIn(trx, { ...props, workspaceId, template, at: ctx.clock.now() }));
      results.push({
        workspaceId,
        applied: true,
        changes: changeCount(diff),
        sections: diffCounts(diff),
        error: null,
      });
    } catch (error) {
      if (!isAppError(error)) throw error;
      results.push({
        workspaceId,
        applied: false,
        changes: 0,
        sections: {},
        error: { code: error.code, message: error.message },
      });
    }
  }
  return { template: summary(template), workspaces: results };
}

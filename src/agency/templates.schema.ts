import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.js';
import { createdWorkspaceSchema } from '../workspaces/workspaces.schema.js';
import { TEMPLATE_SECTIONS, templateContentSchema } from './templates.content.js';

const templateName = z.string().trim().min(1).max(100);
const workspaceIds = z
  .array(z.string().min(1).max(100))
  .min(1)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, 'each workspace once')
  .describe('The workspaces to preview or apply to');

export const createTemplateBody = z.strictObject({
  workspaceId: z.string().min(1).max(100).describe('The workspace whose configuration is saved'),
  name: templateName.describe('Saving under an existing name makes its next version'),
  description: z.string().trim().max(500).nullable().default(null),
});

export const templateTargetsBody = z.strictObject({ workspaceIds });

const counts = z.object(Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, z.number().int()])));

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  description: z.string().nullable(),
  sourceWorkspaceId: z.string().nullable(),
  createdAt: isoTimestamp,
  counts: counts.describe('Items per section: settings set, appointment types, listings, FAQs'),
});

export const templateSchema = templateSummarySchema.extend({ content: templateContentSchema });

export const templateListSchema = z.object({ items: z.array(templateSummarySchema) });

const diffItem = z.object({
  key: z.string(),
  label: z.string(),
  before: z.unknown().describe("The workspace's value now; null when it has no such item"),
  after: z.unknown().describe('What applying sets; null when applying removes the item'),
  editedInWorkspace: z
    .boolean()
    .describe('The workspace changed this since the template was last applied; applying undoes it'),
});
const sectionDiff = z.object({
  added: z.array(diffItem),
  changed: z.array(diffItem),
  removed: z.array(diffItem),
});

export const workspacePreviewSchema = z.object({
  workspaceId: z.string(),
  workspaceName: z.string(),
  lastApplied: z
    .object({ templateId: z.string(), name: z.string(), version: z.number().int(), appliedAt: isoTimestamp })
    .nullable(),
  changes: z.number().int().describe('Items that would change, all sections together'),
  sections: z.object(Object.fromEntries(TEMPLATE_SECTIONS.map((s) => [s, sectionDiff]))),
});

export const templatePreviewSchema = z.object({
  template: templateSummarySchema,
  workspaces: z.array(workspacePreviewSchema),
});

export const templateApplySchema = z.object({
  template: templateSummarySchema,
  workspaces: z.array(
    z.object({
      workspaceId: z.string(),
      applied: z.boolean().describe('false: this workspace was left as it was; see error'),
      changes: z.number().int(),
      sections: z.record(
        z.string(),
        z.object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() }),
      ),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
    }),
  ),
});

export const createdFromTemplateSchema = createdWorkspaceSchema.extend({ template: templateSummarySchema });

export type CreateTemplateBody = z.output<typeof createTemplateBody>;
export type TemplateSummary = z.output<typeof templateSummarySchema>;
export type WorkspacePreview = z.output<typeof workspacePreviewSchema>;
export type TemplateApplyResult = z.output<typeof templateApplySchema>;

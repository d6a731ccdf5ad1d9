import type { Selectable } from 'kysely';

/** A named, versioned copy of a workspace's configuration; never a lead, a message, a secret or a user. */
export interface WorkspaceTemplatesTable {
  id: string;
  name: string;
  version: number;
  description: string | null;
  /** JSON: the TemplateContent (templates.content.ts). */
  content: unknown;
  sourceWorkspaceId: string | null;
  createdAt: string;
}

/** What a workspace last got from a template: the base its own later edits are told apart from. */
export interface WorkspaceTemplateApplicationsTable {
  workspaceId: string;
  templateId: string;
  templateName: string;
  templateVersion: number;
  /** JSON: the TemplateContent as applied. */
  content: unknown;
  appliedAt: string;
}

export type WorkspaceTemplateRow = Selectable<WorkspaceTemplatesTable>;
export type WorkspaceTemplateApplicationRow = Selectable<WorkspaceTemplateApplicationsTable>;

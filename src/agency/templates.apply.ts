import {
  deleteFaqRow,
  deleteListingRow,
  insertFaq,
  insertListing,
  updateFaqRow,
  updateListingRow,
} from '../conversations/knowledge/knowledge.repository.js';
import { listingColumns } from '../conversations/knowledge/knowledge.service.js';
import type { ListingRowUpdate } from '../conversations/knowledge/knowledge.table.js';
import type { DbOrTrx, Trx } from '../db/database.js';
import { fromJson, toBool, toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { conflict, notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import {
  insertAppointmentType,
  updateAppointmentTypeRow,
} from '../scheduling/appointment-types.repository.js';
import { audit } from '../workspaces/audit.service.js';
import { lockWorkspace, updateWorkspace } from '../workspaces/workspaces.repository.js';
import {
  readWorkspaceConfig,
  SETTING_SECTIONS,
  SETTINGS_AREAS,
  SETTINGS_SCHEMAS,
  storedArea,
  type TemplateAppointmentType,
  type TemplateContent,
  type TemplateFaq,
  type TemplateListing,
  templateContentSchema,
  type WorkspaceConfig,
} from './templates.content.js';
import { diffCounts, diffTemplate, type TemplateDiff } from './templates.diff.js';
import { findApplication, saveApplication } from './templates.repository.js';

export interface AppliedTemplate {
  id: string;
  name: string;
  version: number;
  content: TemplateContent;
}

/** What applying the template would change in the workspace, read with the given handle. */
export async function previewTemplate(
  db: DbOrTrx,
  props: { workspaceId: string; template: AppliedTemplate },
): Promise<{ config: WorkspaceConfig; diff: TemplateDiff; lastApplied: LastApplied | null }> {
  const [config, application] = await Promise.all([
    readWorkspaceConfig(db, props.workspaceId),
    findApplication(db, props.workspaceId),
  ]);
  const base = application ? templateContentSchema.safeParse(fromJson(application.content)) : null;
  const diff = diffTemplate({
    base: base?.success ? base.data : null,
    template: props.template.content,
    current: config.content,
  });
  const lastApplied = application
    ? {
        templateId: application.templateId,
        name: application.templateName,
        version: application.templateVersion,
        appliedAt: application.appliedAt,
      }
    : null;
  return { config, diff, lastApplied };
}

export interface LastApplied {
  templateId: string;
  name: string;
  version: number;
  appliedAt: string;
}

/** The workspace's settings with every setting a template carries replaced by the template's. */
function nextSettings(config: WorkspaceConfig, template: TemplateContent): Record<string, unknown> {
  const next = { ...config.storedSettings };
  for (const area of SETTINGS_AREAS) {
    const stored = { ...storedArea(config.storedSettings, area) };
    const fallbackNumber =
      (stored.transfer as { fallbackNumber?: unknown } | undefined)?.fallbackNumber ?? null;
    for (const key of Object.keys(SETTING_SECTIONS[area])) delete stored[key];
    Object.assign(stored, template.settings[area]);
    if (area === 'voice' && fallbackNumber !== null) {
      const defaults = SETTINGS_SCHEMAS.voice.parse({}).transfer;
      stored.transfer = { ...defaults, ...(stored.transfer as object | undefined), fallbackNumber };
    }
    if (!SETTINGS_SCHEMAS[area].safeParse(stored).success) {
      throw unprocessable(`The template's ${area} settings are not valid in this version`, undefined);
    }
    next[area] = stored;
  }
  return next;
}

const typeColumns = (item: TemplateAppointmentType) => ({ ...item, active: toBool(item.active) });
const listingRow = (item: TemplateListing): ListingRowUpdate =>
  listingColumns({ ...item, showingNotes: null });
const faqColumns = (item: TemplateFaq) => ({ ...item, keywords: toJson(item.keywords) });

async function writeLists(
  trx: Trx,
  workspaceId: string,
  config: WorkspaceConfig,
  diff: TemplateDiff,
  at: string,
) {
  const idOf = (section: keyof WorkspaceConfig['ids'], key: string) => {
    const id = config.ids[section].get(key);
    if (!id) throw notFound('Template item');
    return id;
  };
  const created = () => ({ id: newId(), workspaceId, createdAt: at, updatedAt: at });
  for (const item of diff.appointmentTypes.added) {
    const fields = typeColumns(item.after as TemplateAppointmentType);
    await insertAppointmentType(trx, { ...created(), ...fields, deletedAt: null });
  }
  for (const item of diff.appointmentTypes.changed) {
    const fields = typeColumns(item.after as TemplateAppointmentType);
    await updateAppointmentTypeRow(trx, workspaceId, idOf('appointmentTypes', item.key), {
      ...fields,
      updatedAt: at,
    });
  }
  for (const item of diff.appointmentTypes.removed) {
    // Types are retired, never deleted: appointments keep pointing at them.
    await updateAppointmentTypeRow(trx, workspaceId, idOf('appointmentTypes', item.key), {
      deletedAt: at,
      updatedAt: at,
    });
  }
  for (const item of diff.listings.added) {
    const columns = listingRow(item.after as TemplateListing) as Required<ListingRowUpdate>;
    await insertListing(trx, { ...columns, ...created(), showingNotes: null });
  }
  for (const item of diff.listings.changed) {
    const columns = listingRow(item.after as TemplateListing);
    delete columns.showingNotes;
    await updateListingRow(trx, workspaceId, idOf('listings', item.key), { ...columns, updatedAt: at });
  }
  for (const item of diff.listings.removed)
    await deleteListingRow(trx, workspaceId, idOf('listings', item.key));
  for (const item of diff.faqs.added) {
    await insertFaq(trx, { ...created(), ...faqColumns(item.after as TemplateFaq) });
  }
  for (const item of diff.faqs.changed) {
    const columns = faqColumns(item.after as TemplateFaq);
    await updateFaqRow(trx, workspaceId, idOf('faqs', item.key), { ...columns, updatedAt: at });
  }
  for (const item of diff.faqs.removed) await deleteFaqRow(trx, workspaceId, idOf('faqs', item.key));
}

/**
 * Makes the workspace's configuration match the template, inside the caller's transaction, and records it
 * in the workspace's audit log and the operator's. Answers what changed.
 */
export async function applyTemplateIn(
  trx: Trx,
  props: {
    workspaceId: string;
    template: AppliedTemplate;
    operatorId: string;
    ip?: string | undefined;
    at: Date;
  },
): Promise<TemplateDiff> {
  const workspace = await lockWorkspace(trx, props.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const { config, diff } = await previewTemplate(trx, props);
  const at = props.at.toISOString();
  const settingsChanged = ['persona', 'script', 'messageTemplates', 'settings'].some(
    (section) => diff[section as 'settings'].changed.length > 0,
  );
  if (settingsChanged) {
    const settings = nextSettings(config, props.template.content);
    await updateWorkspace(trx, props.workspaceId, { settings: toJson(settings), updatedAt: at });
  }
  try {
    await writeLists(trx, props.workspaceId, config, diff, at);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(
        'A listing of the template has an MLS number another listing here has',
        'listing_exists',
      );
    }
    throw error;
  }
  await saveApplication(trx, {
    workspaceId: props.workspaceId,
    templateId: props.template.id,
    templateName: props.template.name,
    templateVersion: props.template.version,
    content: toJson(props.template.content),
    appliedAt: at,
  });
  const entry = {
    actor: { type: 'operator' as const, id: props.operatorId },
    action: 'template.applied',
    target: { type: 'workspace_template', id: props.template.id },
    details: {
      workspaceId: props.workspaceId,
      template: props.template.name,
      version: props.template.version,
      changes: diffCounts(diff),
    },
    ip: props.ip,
    at: props.at,
  };
  await audit(trx, { ...entry, workspaceId: props.workspaceId });
  await audit(trx, { ...entry, workspaceId: null });
  return diff;
}

import { isSupportedCountry } from 'libphonenumber-js';
import type { DbOrTrx } from '../db/database.js';
import { toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { conflict, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { type AuditEntry, audit } from './audit.service.js';
import { findWorkspaceBySlug, insertWorkspace } from './workspaces.repository.js';
import { canonicalTimeZone, isTimeZone, SLUG } from './workspaces.schema.js';
import type { WorkspaceRow } from './workspaces.table.js';

// Creating a workspace row with its audit entry, inside the caller's transaction: shared by the CLI,
// the operator routes and the demo workspace.

export const DEFAULT_TIMEZONE = 'America/New_York';
export const DEFAULT_REGION = 'US';

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'workspace';
}

export interface NewWorkspaceProps {
  name: string;
  slug?: string | undefined;
  timezone?: string | undefined;
  defaultRegion?: string | undefined;
}

/** Inserts a workspace and its audit row inside the caller's transaction. */
export async function insertWorkspaceAudited(
  trx: DbOrTrx,
  props: NewWorkspaceProps & { by: AuditEntry['actor']; ip?: string | undefined; at: Date },
): Promise<WorkspaceRow> {
  // The HTTP schema checks these too; the CLI reaches this function without it.
  const name = props.name.trim();
  if (name.length === 0 || name.length > 100)
    throw unprocessable('The name must be 1 to 100 characters', undefined, 'invalid_name');
  const timezone = props.timezone ?? DEFAULT_TIMEZONE;
  if (!isTimeZone(timezone))
    throw unprocessable(`Unknown time zone ${timezone}`, undefined, 'invalid_timezone');
  const defaultRegion = (props.defaultRegion ?? DEFAULT_REGION).toUpperCase();
  if (!isSupportedCountry(defaultRegion))
    throw unprocessable(`Unknown region ${defaultRegion}`, undefined, 'invalid_region');
  if (props.slug !== undefined && !SLUG.test(props.slug))
    throw unprocessable('The slug may hold a-z, 0-9 and dashes', undefined, 'invalid_slug');
  let slug = props.slug ?? slugify(props.name);
  if (!props.slug && (await findWorkspaceBySlug(trx, slug))) slug = `${slug}-${newId().slice(-6)}`;
  const at = props.at.toISOString();
  let workspace: WorkspaceRow;
  try {
    workspace = await insertWorkspace(trx, {
      id: newId(),
      slug,
      name,
      status: 'active',
      timezone: canonicalTimeZone(timezone),
      defaultRegion,
      settings: toJson({}),
      createdAt: at,
      updatedAt: at,
      suspendedAt: null,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`The slug ${slug} is taken`, 'slug_taken');
    throw error;
  }
  await audit(trx, {
    workspaceId: workspace.id,
    actor: props.by,
    action: 'workspace.created',
    target: { type: 'workspace', id: workspace.id },
    details: { slug: workspace.slug },
    ip: props.ip,
    at: props.at,
  });
  return workspace;
}

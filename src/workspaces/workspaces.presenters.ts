import { fromBool, fromJson } from '../db/schema.js';
import { alertChannelsOf } from './users.alerts.js';
import type { ApiKey, AuditEntryView, User, Workspace } from './workspaces.schema.js';
import type { ApiKeyRow, AuditLogRow, UserRow, WorkspaceRow } from './workspaces.table.js';

// The edge between rows and the API. Each presenter lists the fields it shows, so a new column
// (a hash, a sealed secret in settings) never leaks by default.

export function rowToWorkspace(row: WorkspaceRow): Workspace {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    timezone: row.timezone,
    defaultRegion: row.defaultRegion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    suspendedAt: row.suspendedAt,
  };
}

export function rowToUser(row: UserRow): User {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    email: row.email,
    name: row.name,
    role: row.role,
    isOperator: fromBool(row.isOperator),
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt,
    timezone: row.timezone,
    mobilePhone: row.phone,
    alertChannels: alertChannelsOf(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function rowToApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    revoked: row.revokedAt !== null,
  };
}

export function rowToAuditEntry(row: AuditLogRow): AuditEntryView {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    actorType: row.actorType,
    actorId: row.actorId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    details: fromJson<Record<string, unknown>>(row.details) ?? {},
    ip: row.ip,
    createdAt: row.createdAt,
  };
}

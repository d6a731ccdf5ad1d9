import type { Insertable, Selectable, Updateable } from 'kysely';

export type WorkspaceStatus = 'active' | 'suspended';
export type Role = 'owner' | 'admin' | 'agent';

export interface WorkspacesTable {
  id: string;
  slug: string;
  name: string;
  status: WorkspaceStatus;
  /** IANA zone used when nothing more specific (the lead's, the agent's) is known. */
  timezone: string;
  /** ISO 3166 region for phone numbers written without a country code. */
  defaultRegion: string;
  /** JSON: workspace settings owned by later modules (persona, quiet hours, caps...). */
  settings: unknown;
  /** Salt for hashed suppression entries (do-not-contact, erased opt-outs); made on first use. */
  hashSalt: string | null;
  createdAt: string;
  updatedAt: string;
  suspendedAt: string | null;
}

export interface UsersTable {
  id: string;
  /** Null for an operator (platform admin), who belongs to no workspace. */
  workspaceId: string | null;
  email: string;
  name: string;
  role: Role | null;
  isOperator: number;
  passwordHash: string;
  disabledAt: string | null;
  timezone: string | null;
  /** Where the agent is texted about leads that need a person. */
  phone: string | null;
  /** Comma-separated `push`, `sms`, `email` the user chose for alerts; null follows the workspace setting. */
  alertChannels: string | null;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen database does not yield live sessions. */
  id: string;
  userId: string;
  workspaceId: string | null;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface ApiKeysTable {
  id: string;
  workspaceId: string;
  name: string;
  /** The first characters of the key, shown in lists so people can tell keys apart. */
  prefix: string;
  keyHash: string;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditLogTable {
  id: string;
  workspaceId: string | null;
  actorType: 'user' | 'api_key' | 'system' | 'operator';
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** JSON: what changed; never secrets or personal data. */
  details: unknown;
  ip: string | null;
  createdAt: string;
}

export type WorkspaceRow = Selectable<WorkspacesTable>;
export type NewWorkspaceRow = Insertable<WorkspacesTable>;
export type WorkspaceRowUpdate = Updateable<WorkspacesTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type AuditLogRow = Selectable<AuditLogTable>;

import type { Role, WorkspaceStatus } from './workspaces.table.js';

/** Who is calling: a signed-in person, or an integration holding an API key. */
export type Actor =
  | { type: 'user'; userId: string; role: Role; isOperator: boolean; sessionId: string }
  | { type: 'api_key'; apiKeyId: string };

/** Set on every request to a workspace route: the tenant comes from the credentials, never from input. */
export interface RequestAuth {
  workspaceId: string;
  actor: Actor;
}

/** A valid session cookie, for workspace users and operators alike. */
export interface SessionPrincipal {
  sessionId: string;
  userId: string;
  workspaceId: string | null;
  workspaceStatus: WorkspaceStatus | null;
  role: Role | null;
  isOperator: boolean;
  csrfToken: string;
  expiresAt: string;
}

export interface ApiKeyPrincipal {
  apiKeyId: string;
  workspaceId: string;
  workspaceStatus: WorkspaceStatus;
}

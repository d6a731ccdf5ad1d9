import type { AppContext } from '../http/context.js';
import { findApiKeyStanding } from './api-keys.repository.js';
import type { RequestAuth } from './auth.types.js';
import { findSessionWithUser } from './sessions.repository.js';
import type { Role } from './workspaces.table.js';

/** Why a credential that was good when a long-lived response began no longer is. */
export type LapseReason = 'api_key_revoked' | 'session_ended' | 'access_removed' | 'workspace_suspended';

/**
 * Whether the credential a request was authenticated with still holds, for responses that outlive the
 * request (live streams): the same rules as authentication, in one primary-key lookup and without
 * sliding the session. `roles` is the route's policy, checked again because a role can be taken away.
 * Answers null while it holds.
 */
export async function credentialLapse(
  ctx: AppContext,
  props: { auth: RequestAuth; roles?: readonly Role[] | undefined },
): Promise<LapseReason | null> {
  const { auth } = props;
  if (auth.actor.type === 'api_key') {
    const key = await findApiKeyStanding(ctx.db, auth.workspaceId, auth.actor.apiKeyId);
    if (!key || key.revokedAt) return 'api_key_revoked';
    return key.workspaceStatus === 'suspended' ? 'workspace_suspended' : null;
  }
  const found = await findSessionWithUser(ctx.db, auth.actor.sessionId);
  if (!found || found.session.expiresAt <= ctx.clock.now().toISOString()) return 'session_ended';
  const { user } = found;
  const role = user.role;
  if (user.disabledAt || user.workspaceId !== auth.workspaceId || !role) return 'access_removed';
  if (props.roles && !props.roles.includes(role)) return 'access_removed';
  // A suspended workspace's people may still read, so their live streams go on; its API keys may not.
  return null;
}

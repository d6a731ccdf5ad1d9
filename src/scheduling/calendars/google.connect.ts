import { toJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import { MINUTE } from '../../platform/clock.js';
import { decryptSecret, encryptSecret, randomToken, sha256 } from '../../platform/crypto.js';
import { AppError, badRequest, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { type AuditEntry, audit } from '../../workspaces/audit.service.js';
import type { RequestAuth } from '../../workspaces/auth.types.js';
import {
  consumeOauthState,
  deleteConnection,
  insertConnection,
  insertOauthState,
  listConnections,
} from './calendars.repository.js';
import { actorId, agentInScope } from './connections.service.js';
import { sealCredentials } from './credentials.js';
import type { GoogleSettings } from './google.js';
import { consentUrl, exchangeCode, googleConfigured } from './google.oauth.js';
import { CalendarSyncError } from './sync-support.js';

/** Long enough to sign in to Google and read the consent screen; short enough that a stray link dies soon. */
const CONSENT_TTL_MS = 15 * MINUTE;

/**
 * Starts connecting an agent's Google Calendar: remembers who asked (under the hash of `state`, with a
 * PKCE verifier) and returns Google's consent URL.
 */
export async function startGoogleConsent(
  ctx: AppContext,
  props: { auth: RequestAuth; agentId: string },
): Promise<string> {
  if (!googleConfigured(ctx.config)) {
    throw conflict(
      'Google Calendar is not set up on this server (GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET)',
      'google_not_configured',
    );
  }
  const agent = await agentInScope(ctx, props.auth, props.agentId);
  const state = randomToken();
  const codeVerifier = randomToken(48);
  const now = ctx.clock.now();
  await insertOauthState(ctx.db, {
    id: sha256(state),
    workspaceId: props.auth.workspaceId,
    userId: agent.id,
    requestedBy: actorId(props.auth.actor),
    codeVerifier: encryptSecret(ctx.config, codeVerifier),
    expiresAt: new Date(now.getTime() + CONSENT_TTL_MS).toISOString(),
    createdAt: now.toISOString(),
  });
  return consentUrl(ctx.config, { state, codeVerifier, loginHint: agent.email });
}

/** The audit actor of the person (or key) who started the consent, stored as `actorId()` wrote it. */
function storedActor(requestedBy: string | null): AuditEntry['actor'] {
  if (!requestedBy) return { type: 'system', id: null };
  return requestedBy.startsWith('api_key:')
    ? { type: 'api_key', id: requestedBy.slice('api_key:'.length) }
    : { type: 'user', id: requestedBy };
}

export interface ConsentOutcome {
  workspaceId: string;
  agentId: string;
  connectionId: string;
}

/**
 * Google's redirect back: consumes the state (once), trades the code for tokens, and stores them sealed as
 * the agent's Google connection, replacing an earlier one (our event ids are fixed per appointment, so the
 * new connection takes over the events the old one wrote).
 */
export async function completeGoogleConsent(
  ctx: AppContext,
  props: { state?: string | undefined; code?: string | undefined; error?: string | undefined },
): Promise<ConsentOutcome> {
  if (!props.state) throw badRequest('The link is missing its state', undefined, 'oauth_state_invalid');
  const now = ctx.clock.now();
  const pending = await consumeOauthState(ctx.db, sha256(props.state));
  if (!pending || pending.expiresAt < now.toISOString()) {
    throw badRequest(
      'This link has expired or was already used; start again',
      undefined,
      'oauth_state_invalid',
    );
  }
  if (props.error || !props.code) {
    throw badRequest(
      'Google did not grant access to the calendar',
      { reason: props.error },
      'google_consent_denied',
    );
  }
  let credentials: Awaited<ReturnType<typeof exchangeCode>>;
  try {
    const codeVerifier = decryptSecret(ctx.config, pending.codeVerifier);
    credentials = await exchangeCode(ctx.config, { code: props.code, codeVerifier, now });
  } catch (error) {
    if (!(error instanceof CalendarSyncError)) throw error;
    throw new AppError(
      502,
      'google_token_exchange_failed',
      'Google did not accept the sign-in; start again',
      {
        reason: error.code,
      },
    );
  }
  const settings: GoogleSettings = { calendarId: 'primary' };
  const id = newId(now.getTime());
  await ctx.db.transaction().execute(async (trx) => {
    const earlier = await listConnections(trx, {
      workspaceId: pending.workspaceId,
      userId: pending.userId,
      kind: 'google',
    });
    for (const row of earlier)
      await deleteConnection(trx, { workspaceId: row.workspaceId, connectionId: row.id });
    await insertConnection(trx, {
      id,
      workspaceId: pending.workspaceId,
      userId: pending.userId,
      kind: 'google',
      label: 'Google Calendar',
      settings: toJson(settings),
      credentials: sealCredentials(ctx.config.appSecret, credentials),
      feedTokenHash: null,
      status: 'active',
      lastError: null,
      lastSyncedAt: null,
      createdBy: pending.requestedBy,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    await audit(trx, {
      workspaceId: pending.workspaceId,
      actor: storedActor(pending.requestedBy),
      action: 'calendar.connected',
      target: { type: 'calendar_connection', id },
      details: { kind: 'google', agentId: pending.userId, replaced: earlier.length },
      at: now,
    });
  });
  return { workspaceId: pending.workspaceId, agentId: pending.userId, connectionId: id };
}

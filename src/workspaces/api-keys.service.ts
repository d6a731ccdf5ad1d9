import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { randomToken, sha256 } from '../platform/crypto.js';
import { notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { findApiKey, insertApiKey, listApiKeys, revokeApiKey } from './api-keys.repository.js';
import { audit, auditActor } from './audit.service.js';
import type { Actor } from './auth.types.js';
import { findWorkspace } from './workspaces.repository.js';
import type { ApiKeyRow } from './workspaces.table.js';

/** Recognisable in logs and by secret scanners. */
export const API_KEY_PREFIX = 'cc_live_';
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 6;

export interface CreatedApiKey {
  apiKey: ApiKeyRow;
  /** The key itself: returned once, stored only as its sha256. */
  secret: string;
}

export async function insertApiKeyAudited(
  trx: DbOrTrx,
  props: {
    workspaceId: string;
    name: string;
    createdBy?: string | null | undefined;
    by?: Actor | undefined;
    ip?: string | undefined;
    at: Date;
  },
): Promise<CreatedApiKey> {
  const secret = `${API_KEY_PREFIX}${randomToken(32)}`;
  const apiKey = await insertApiKey(trx, {
    id: newId(),
    workspaceId: props.workspaceId,
    name: props.name.trim(),
    prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
    keyHash: sha256(secret),
    createdBy: props.createdBy ?? null,
    createdAt: props.at.toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  });
  await audit(trx, {
    workspaceId: props.workspaceId,
    actor: auditActor(props.by),
    action: 'api_key.created',
    target: { type: 'api_key', id: apiKey.id },
    details: { prefix: apiKey.prefix },
    ip: props.ip,
    at: props.at,
  });
  return { apiKey, secret };
}

export async function createApiKey(
  ctx: AppContext,
  props: {
    workspaceId: string;
    name: string;
    createdBy?: string | null | undefined;
    by?: Actor | undefined;
    ip?: string | undefined;
  },
): Promise<CreatedApiKey> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findWorkspace(trx, props.workspaceId))) throw notFound('Workspace');
    return insertApiKeyAudited(trx, { ...props, at: ctx.clock.now() });
  });
}

export function listWorkspaceApiKeys(ctx: AppContext, workspaceId: string): Promise<ApiKeyRow[]> {
  return listApiKeys(ctx.db, workspaceId);
}

/** Revoking twice is not an error: the key is revoked either way, and the first time is what the log shows. */
export async function revokeWorkspaceApiKey(
  ctx: AppContext,
  props: { workspaceId: string; apiKeyId: string; by?: Actor | undefined; ip?: string | undefined },
): Promise<ApiKeyRow> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findApiKey(trx, props.workspaceId, props.apiKeyId);
    if (!existing) throw notFound('API key');
    if (existing.revokedAt) return existing;
    const revoked = await revokeApiKey(trx, props.workspaceId, props.apiKeyId, now.toISOString());
    if (!revoked) return existing;
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'api_key.revoked',
      target: { type: 'api_key', id: revoked.id },
      details: { prefix: revoked.prefix },
      ip: props.ip,
      at: now,
    });
    return revoked;
  });
}

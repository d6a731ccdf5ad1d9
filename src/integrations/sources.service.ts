import type { DbOrTrx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import { decryptSecret, encryptSecret } from '../platform/crypto.js';
import { conflict, notFound } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { deleteSource, findSource, insertSource, listSources, updateSource } from './sources.repository.js';
import {
  type CreateSourceBody,
  type SourceSettings,
  type SourceView,
  type SourceWithSecrets,
  sourceSettingsSchema,
  type UpdateSourceBody,
} from './sources.schema.js';
import type { LeadSourceRow, LeadSourcesTable, SourceKind } from './sources.table.js';
import { hashToken, newSourceToken, tokenHint } from './tokens.js';

const DEFAULT_NAMES: Record<SourceKind, string> = {
  email: 'Lead emails',
  meta: 'Facebook lead ads',
  google_ads: 'Google Ads lead forms',
  webhook: 'Webhook',
};

/** The label a lead of the kind carries when nothing more precise is known (an email names its portal). */
export const DEFAULT_LEAD_SOURCES: Record<SourceKind, string> = {
  email: 'lead-email',
  meta: 'facebook',
  google_ads: 'google-ads',
  webhook: 'webhook',
};

export interface MetaSecrets {
  appSecret: string;
  pageAccessToken: string;
}

export function settingsOf(row: LeadSourceRow): SourceSettings {
  const parsed = sourceSettingsSchema.safeParse(fromJson<unknown>(row.settings) ?? {});
  return parsed.success ? parsed.data : sourceSettingsSchema.parse({});
}

export function leadSourceOf(row: LeadSourceRow): string {
  return settingsOf(row).leadSource ?? DEFAULT_LEAD_SOURCES[row.kind];
}

export function metaSecretsOf(ctx: AppContext, row: LeadSourceRow): MetaSecrets | undefined {
  if (!row.secretsSealed) return undefined;
  return JSON.parse(decryptSecret(ctx.config, row.secretsSealed)) as MetaSecrets;
}

export function presentSource(ctx: AppContext, row: LeadSourceRow): SourceView {
  const settings = settingsOf(row);
  const secrets = row.kind === 'meta' ? metaSecretsOf(ctx, row) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled === 1,
    leadSource: settings.leadSource ?? DEFAULT_LEAD_SOURCES[row.kind],
    tokenHint: row.tokenHint,
    mapping: settings.mapping,
    consent: settings.consent,
    meta:
      row.kind === 'meta'
        ? {
            pageId: row.externalAccount,
            appSecretSet: Boolean(secrets?.appSecret),
            pageAccessTokenSet: Boolean(secrets?.pageAccessToken),
          }
        : null,
    callbackUrl: row.kind === 'meta' ? `${ctx.config.publicUrl}/webhooks/meta` : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The secrets of a source, made anew: what the admin copies once; the row keeps only their hashes. */
function freshSecrets(ctx: AppContext, kind: SourceKind) {
  const token = kind === 'meta' ? undefined : newSourceToken();
  const verifyToken = kind === 'meta' ? newSourceToken() : undefined;
  const googleKey = kind === 'google_ads' ? newSourceToken() : undefined;
  const base = ctx.config.publicUrl;
  const shown: SourceWithSecrets['secrets'] = {
    ...(kind === 'email' && token
      ? { address: `${token}@${ctx.config.leadSources.emailDomain}`, url: `${base}/inbound/email/${token}` }
      : {}),
    ...(kind === 'google_ads' && token ? { url: `${base}/webhooks/google-ads/${token}` } : {}),
    ...(kind === 'webhook' && token ? { url: `${base}/webhooks/leads/${token}` } : {}),
    ...(verifyToken ? { verifyToken } : {}),
    ...(googleKey ? { googleKey } : {}),
  };
  const stored: Pick<LeadSourcesTable, 'tokenHash' | 'tokenHint' | 'verifyTokenHash' | 'keyHash'> = {
    tokenHash: token ? hashToken(token) : null,
    tokenHint: token ? tokenHint(token) : verifyToken ? tokenHint(verifyToken) : null,
    verifyTokenHash: verifyToken ? hashToken(verifyToken) : null,
    keyHash: googleKey ? hashToken(googleKey) : null,
  };
  return { shown, stored };
}

interface ChangeProps {
  workspaceId: string;
  by: Actor;
  ip?: string | undefined;
}

export async function listLeadSources(ctx: AppContext, workspaceId: string): Promise<SourceView[]> {
  return (await listSources(ctx.db, workspaceId)).map((row) => presentSource(ctx, row));
}

export async function getLeadSource(ctx: AppContext, workspaceId: string, id: string): Promise<SourceView> {
  return presentSource(ctx, await loadSource(ctx.db, workspaceId, id));
}

async function loadSource(db: DbOrTrx, workspaceId: string, id: string): Promise<LeadSourceRow> {
  const row = await findSource(db, workspaceId, id);
  if (!row) throw notFound('Lead source');
  return row;
}

const pageTaken = () =>
  conflict('That Facebook page already sends its leads to a source', 'page_already_connected');

export async function createLeadSource(
  ctx: AppContext,
  props: ChangeProps & { body: CreateSourceBody },
): Promise<SourceWithSecrets> {
  const { body, workspaceId } = props;
  const at = ctx.clock.now();
  const { shown, stored } = freshSecrets(ctx, body.kind);
  const settings = sourceSettingsSchema.parse({
    mapping: body.mapping ?? {},
    consent: body.consent ?? { sms: false },
    ...(body.leadSource ? { leadSource: body.leadSource } : {}),
  });
  const row: LeadSourceRow = {
    id: newId(at.getTime()),
    workspaceId,
    kind: body.kind,
    name: body.name ?? DEFAULT_NAMES[body.kind],
    enabled: body.enabled ? 1 : 0,
    ...stored,
    externalAccount: body.kind === 'meta' ? (body.meta?.pageId ?? null) : null,
    secretsSealed:
      body.kind === 'meta' && body.meta
        ? encryptSecret(
            ctx.config,
            JSON.stringify({ appSecret: body.meta.appSecret, pageAccessToken: body.meta.pageAccessToken }),
          )
        : null,
    settings: toJson(settings),
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertSource(trx, row);
      await audit(trx, {
        workspaceId,
        actor: auditActor(props.by),
        action: 'integration.source_created',
        target: { type: 'lead_source', id: row.id },
        details: { kind: row.kind, consent: settings.consent.sms },
        ip: props.ip,
        at,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pageTaken();
    throw error;
  }
  return { source: presentSource(ctx, row), secrets: shown };
}

export async function updateLeadSource(
  ctx: AppContext,
  props: ChangeProps & { id: string; body: UpdateSourceBody },
): Promise<SourceView> {
  const { body, workspaceId } = props;
  const at = ctx.clock.now();
  const row = await loadSource(ctx.db, workspaceId, props.id);
  const current = settingsOf(row);
  const { leadSource: _dropped, ...kept } = current;
  const leadSource = body.leadSource === undefined ? current.leadSource : (body.leadSource ?? undefined);
  const settings: SourceSettings = {
    ...kept,
    mapping: body.mapping ?? current.mapping,
    consent: body.consent ?? current.consent,
    ...(leadSource ? { leadSource } : {}),
  };
  const changes: Partial<LeadSourceRow> = {
    name: body.name ?? row.name,
    enabled: body.enabled === undefined ? row.enabled : body.enabled ? 1 : 0,
    settings: toJson(settings),
    updatedAt: at.toISOString(),
  };
  if (row.kind === 'meta' && body.meta) {
    const secrets = metaSecretsOf(ctx, row);
    if (body.meta.pageId) changes.externalAccount = body.meta.pageId;
    if (body.meta.appSecret || body.meta.pageAccessToken) {
      changes.secretsSealed = encryptSecret(
        ctx.config,
        JSON.stringify({
          appSecret: body.meta.appSecret ?? secrets?.appSecret ?? '',
          pageAccessToken: body.meta.pageAccessToken ?? secrets?.pageAccessToken ?? '',
        }),
      );
    }
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await updateSource(trx, workspaceId, row.id, changes);
      await audit(trx, {
        workspaceId,
        actor: auditActor(props.by),
        action: 'integration.source_updated',
        target: { type: 'lead_source', id: row.id },
        // Field names only: never the secrets.
        details: {
          fields: Object.keys(body).filter((k) => body[k as keyof UpdateSourceBody] !== undefined),
          consent: settings.consent.sms,
        },
        ip: props.ip,
        at,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw pageTaken();
    throw error;
  }
  return presentSource(ctx, { ...row, ...changes });
}

/** New secrets for the source's address or URL; the old ones stop working at once. */
export async function rotateLeadSource(
  ctx: AppContext,
  props: ChangeProps & { id: string },
): Promise<SourceWithSecrets> {
  const { workspaceId } = props;
  const at = ctx.clock.now();
  const row = await loadSource(ctx.db, workspaceId, props.id);
  const { shown, stored } = freshSecrets(ctx, row.kind);
  const changes = { ...stored, updatedAt: at.toISOString() };
  await ctx.db.transaction().execute(async (trx) => {
    await updateSource(trx, workspaceId, row.id, changes);
    await audit(trx, {
      workspaceId,
      actor: auditActor(props.by),
      action: 'integration.source_rotated',
      target: { type: 'lead_source', id: row.id },
      details: { kind: row.kind },
      ip: props.ip,
      at,
    });
  });
  return { source: presentSource(ctx, { ...row, ...changes }), secrets: shown };
}

export async function removeLeadSource(ctx: AppContext, props: ChangeProps & { id: string }): Promise<void> {
  const { workspaceId } = props;
  const at = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadSource(trx, workspaceId, props.id);
    await deleteSource(trx, workspaceId, row.id);
    await audit(trx, {
      workspaceId,
      actor: auditActor(props.by),
      action: 'integration.source_deleted',
      target: { type: 'lead_source', id: row.id },
      details: { kind: row.kind },
      ip: props.ip,
      at,
    });
  });
}

import { fromJson, toJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import { decryptSecret, encryptSecret } from '../../platform/crypto.js';
import { notFound, unprocessable } from '../../platform/errors.js';
import { audit, auditActor } from '../../workspaces/audit.service.js';
import type { Actor } from '../../workspaces/auth.types.js';
import { hashToken, newSourceToken } from '../tokens.js';
import { type FubCredentials, FubError, fubRequest } from './fub.client.js';
import {
  deleteFubConnection,
  findFubConnection,
  updateFubConnection,
  upsertFubConnection,
} from './fub.repository.js';
import {
  type ConnectFubBody,
  type FubSettings,
  type FubView,
  fubSettingsSchema,
  type UpdateFubBody,
} from './fub.schema.js';
import type { FubConnectionRow } from './fub.table.js';

export const FUB_WEBHOOK_EVENTS = ['peopleCreated', 'peopleUpdated', 'peopleStageUpdated'] as const;

interface Change {
  workspaceId: string;
  by: Actor;
  ip?: string | undefined;
}

export function fubSettingsOf(row: FubConnectionRow): FubSettings {
  const parsed = fubSettingsSchema.safeParse(fromJson<unknown>(row.settings) ?? {});
  return parsed.success ? parsed.data : fubSettingsSchema.parse({});
}

export function fubCredentialsOf(ctx: AppContext, row: FubConnectionRow): FubCredentials {
  return {
    apiKey: decryptSecret(ctx.config, row.apiKeySealed),
    systemName: row.systemName,
    systemKey: decryptSecret(ctx.config, row.systemKeySealed),
  };
}

const hintOf = (key: string) => `…${key.slice(-4)}`;

export function presentFub(row: FubConnectionRow | undefined): FubView {
  if (!row)
    return {
      connected: false,
      enabled: false,
      systemName: null,
      apiKeyHint: null,
      settings: null,
      lastError: null,
      createdAt: null,
      updatedAt: null,
    };
  return {
    connected: true,
    enabled: row.enabled === 1,
    systemName: row.systemName,
    apiKeyHint: row.apiKeyHint,
    settings: fubSettingsOf(row),
    lastError: row.lastError,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function getFubConnection(ctx: AppContext, workspaceId: string): Promise<FubView> {
  return presentFub(await findFubConnection(ctx.db, workspaceId));
}

/** Who the key belongs to, per Follow Up Boss (`GET /me`); throws FubError when it refuses the key. */
async function whoAmI(ctx: AppContext, credentials: FubCredentials): Promise<string | null> {
  const me = await fubRequest<{ name?: string; email?: string; account?: { name?: string } }>(
    ctx,
    credentials,
    {
      method: 'GET',
      path: '/me',
    },
  );
  return me.account?.name ?? me.name ?? me.email ?? null;
}

const webhookUrlOf = (ctx: AppContext, token: string) =>
  `${ctx.config.publicUrl}/webhooks/follow-up-boss/${token}`;

export async function connectFub(
  ctx: AppContext,
  props: Change & { body: ConnectFubBody },
): Promise<{
  connection: FubView;
  webhookUrl: string;
  webhooksRegistered: string[];
  account: string | null;
}> {
  const { body } = props;
  const credentials = { apiKey: body.apiKey, systemName: body.systemName, systemKey: body.systemKey };
  let account: string | null;
  try {
    account = await whoAmI(ctx, credentials);
  } catch (error) {
    if (error instanceof FubError)
      throw unprocessable(
        error.status === 401 || error.status === 403
          ? 'Follow Up Boss refused the API key'
          : 'Follow Up Boss could not be reached to check the API key',
        { status: error.status },
        'fub_rejected',
      );
    throw error;
  }
  const token = newSourceToken();
  const webhookUrl = webhookUrlOf(ctx, token);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const settings = fubSettingsSchema.parse({
    ...(body.stageMap ? { stageMap: body.stageMap } : {}),
    ...(body.consent ? { consent: body.consent } : {}),
    ...(body.doNotContactStage ? { doNotContactStage: body.doNotContactStage } : {}),
    ...(body.importPeople !== undefined ? { importPeople: body.importPeople } : {}),
  });
  const row: FubConnectionRow = {
    workspaceId: props.workspaceId,
    enabled: 1,
    apiKeySealed: encryptSecret(ctx.config, body.apiKey),
    apiKeyHint: hintOf(body.apiKey),
    systemName: body.systemName,
    systemKeySealed: encryptSecret(ctx.config, body.systemKey),
    webhookTokenHash: hashToken(token),
    settings: toJson(settings),
    lastError: null,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await upsertFubConnection(trx, row);
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'follow_up_boss.connected',
      target: { type: 'integration', id: 'follow-up-boss' },
      ip: props.ip,
      at: now,
    });
  });
  const registered: string[] = [];
  if (body.registerWebhooks) {
    for (const event of FUB_WEBHOOK_EVENTS) {
      try {
        await fubRequest(ctx, credentials, {
          method: 'POST',
          path: '/webhooks',
          body: { event, url: webhookUrl },
        });
        registered.push(event);
      } catch (error) {
        ctx.logger.warn(
          { category: 'integrations', event, err: error },
          'Follow Up Boss webhook not registered',
        );
      }
    }
  }
  const saved = await findFubConnection(ctx.db, props.workspaceId);
  return { connection: presentFub(saved), webhookUrl, webhooksRegistered: registered, account };
}

export async function updateFub(ctx: AppContext, props: Change & { body: UpdateFubBody }): Promise<FubView> {
  const current = await findFubConnection(ctx.db, props.workspaceId);
  if (!current) throw notFound('Follow Up Boss connection');
  const { body } = props;
  const settings = fubSettingsSchema.parse({
    ...fubSettingsOf(current),
    ...(body.stageMap ? { stageMap: body.stageMap } : {}),
    ...(body.consent ? { consent: body.consent } : {}),
    ...(body.doNotContactStage ? { doNotContactStage: body.doNotContactStage } : {}),
    ...(body.importPeople !== undefined ? { importPeople: body.importPeople } : {}),
  });
  const now = ctx.clock.now();
  const changes = {
    ...(body.enabled !== undefined ? { enabled: body.enabled ? 1 : 0 } : {}),
    ...(body.apiKey
      ? { apiKeySealed: encryptSecret(ctx.config, body.apiKey), apiKeyHint: hintOf(body.apiKey) }
      : {}),
    ...(body.systemName ? { systemName: body.systemName } : {}),
    ...(body.systemKey ? { systemKeySealed: encryptSecret(ctx.config, body.systemKey) } : {}),
    settings: toJson(settings),
    updatedAt: now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await updateFubConnection(trx, props.workspaceId, changes);
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'follow_up_boss.updated',
      target: { type: 'integration', id: 'follow-up-boss' },
      details: { fields: Object.keys(body) },
      ip: props.ip,
      at: now,
    });
  });
  return presentFub({ ...current, ...changes });
}

export async function disconnectFub(ctx: AppContext, props: Change): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteFubConnection(trx, props.workspaceId))) throw notFound('Follow Up Boss connection');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'follow_up_boss.disconnected',
      target: { type: 'integration', id: 'follow-up-boss' },
      ip: props.ip,
      at: now,
    });
  });
}

/** The test button: the stored key is tried against Follow Up Boss now. */
export async function testFub(
  ctx: AppContext,
  workspaceId: string,
): Promise<{ ok: boolean; account: string | null; error: string | null }> {
  const row = await findFubConnection(ctx.db, workspaceId);
  if (!row) throw notFound('Follow Up Boss connection');
  try {
    const account = await whoAmI(ctx, fubCredentialsOf(ctx, row));
    return { ok: true, account, error: null };
  } catch (error) {
    if (error instanceof FubError) return { ok: false, account: null, error: error.message };
    throw error;
  }
}

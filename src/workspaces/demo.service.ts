import type { DbOrTrx } from '../db/database.js';
import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { decryptSecret, encryptSecret, randomToken, sha256 } from '../platform/crypto.js';
import { isAppError } from '../platform/errors.js';
import { seedDemoScheduling } from '../scheduling/demo-seed.js';
import { findApiKey } from './api-keys.repository.js';
import { insertApiKeyAudited } from './api-keys.service.js';
import { audit } from './audit.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.repository.js';
import { findUser, updateUser } from './users.repository.js';
import { insertUserAudited } from './users.service.js';
import { insertWorkspaceAudited } from './workspace-creation.js';
import { findWorkspace, findWorkspaceBySlug, updateWorkspace } from './workspaces.repository.js';
import type { WorkspaceRow } from './workspaces.table.js';

export const DEMO_SLUG = 'demo';
export const DEMO_OWNER_EMAIL = 'owner@demo.example';
export const DEMO_AGENT_EMAIL = 'agent@demo.example';
const SYSTEM = { type: 'system', id: null } as const;

/**
 * `settings.demo`: so `closing-cloud demo` can print working credentials on every run, the owner's
 * password and the key are kept sealed under APP_SECRET. Nothing else in the workspace is.
 */
interface DemoSettings {
  ownerUserId: string;
  apiKeyId?: string;
  sealedPassword?: string;
  sealedApiKey?: string;
}

export interface DemoWorkspace {
  workspaceId: string;
  apiKey: string;
  login: { email: string; password: string };
  created: boolean;
}

const settingsOf = (workspace: WorkspaceRow) =>
  fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};

async function writeDemoSettings(trx: DbOrTrx, workspace: WorkspaceRow, demo: DemoSettings): Promise<void> {
  await updateWorkspace(trx, workspace.id, { settings: toJson({ ...settingsOf(workspace), demo }) });
}

function unseal(ctx: AppContext, sealed: string | undefined): string | undefined {
  if (!sealed) return undefined;
  try {
    return decryptSecret(ctx.config, sealed);
  } catch {
    // Sealed under another APP_SECRET: issue fresh credentials instead.
    return undefined;
  }
}

const newDemoPassword = () => `demo-${randomToken(12)}`;

/** Creates the demo workspace (Demo Realty: an owner, an agent and a key) or hands back its credentials. */
export async function ensureDemoWorkspace(ctx: AppContext): Promise<DemoWorkspace> {
  if (!(await findWorkspaceBySlug(ctx.db, DEMO_SLUG))) {
    try {
      return await createDemo(ctx);
    } catch (error) {
      // Another process created it a moment ago: reuse theirs.
      if (!isAppError(error) || error.code !== 'slug_taken') throw error;
    }
  }
  return reuseDemo(ctx);
}

async function createDemo(ctx: AppContext): Promise<DemoWorkspace> {
  const password = newDemoPassword();
  const [ownerHash, agentHash] = await Promise.all([hashPassword(password), hashPassword(randomToken())]);
  const at = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await insertWorkspaceAudited(trx, {
      name: 'Demo Realty',
      slug: DEMO_SLUG,
      timezone: 'America/Chicago',
      defaultRegion: 'US',
      by: SYSTEM,
      at,
    });
    const common = { workspaceId: workspace.id, at } as const;
    const owner = await insertUserAudited(trx, {
      ...common,
      email: DEMO_OWNER_EMAIL,
      name: 'Dana Owner',
      role: 'owner',
      passwordHash: ownerHash,
    });
    await insertUserAudited(trx, {
      ...common,
      email: DEMO_AGENT_EMAIL,
      name: 'Avery Agent',
      role: 'agent',
      passwordHash: agentHash,
    });
    const key = await insertApiKeyAudited(trx, { ...common, name: 'Demo key', createdBy: owner.id });
    await seedDemoScheduling(trx, { workspaceId: workspace.id, at });
    await writeDemoSettings(trx, workspace, {
      ownerUserId: owner.id,
      apiKeyId: key.apiKey.id,
      sealedPassword: encryptSecret(ctx.config, password),
      sealedApiKey: encryptSecret(ctx.config, key.secret),
    });
    return {
      workspaceId: workspace.id,
      apiKey: key.secret,
      login: { email: owner.email, password },
      created: true,
    };
  });
}

async function reuseDemo(ctx: AppContext): Promise<DemoWorkspace> {
  const found = await findWorkspaceBySlug(ctx.db, DEMO_SLUG);
  if (!found) throw new Error('The demo workspace vanished while it was being reused');
  const demo = settingsOf(found).demo as DemoSettings | undefined;
  const owner = demo ? await findUser(ctx.db, found.id, demo.ownerUserId) : undefined;
  if (!demo || !owner)
    throw new Error('The workspace with slug "demo" was not created by `closing-cloud demo`');
  // A demo made before scheduling existed gets its appointment types and hours now.
  await seedDemoScheduling(ctx.db, { workspaceId: found.id, at: ctx.clock.now() });

  const now = ctx.clock.now();
  const at = now.toISOString();
  const sealed = unseal(ctx, demo.sealedPassword);
  const passwordWorks =
    sealed !== undefined && owner.disabledAt === null && (await verifyPassword(owner.passwordHash, sealed));
  const password = passwordWorks && sealed ? sealed : newDemoPassword();
  const newPasswordHash = passwordWorks ? undefined : await hashPassword(password);

  let secret = unseal(ctx, demo.sealedApiKey);
  const key = demo.apiKeyId ? await findApiKey(ctx.db, found.id, demo.apiKeyId) : undefined;
  const keyWorks =
    secret !== undefined && key !== undefined && !key.revokedAt && sha256(secret) === key.keyHash;
  if (passwordWorks && keyWorks && secret) {
    return { workspaceId: found.id, apiKey: secret, login: { email: owner.email, password }, created: false };
  }

  return ctx.db.transaction().execute(async (trx) => {
    const workspace = (await findWorkspace(trx, found.id)) ?? found;
    const next: DemoSettings = { ...demo, sealedPassword: encryptSecret(ctx.config, password) };
    if (newPasswordHash) {
      await updateUser(trx, found.id, owner.id, {
        passwordHash: newPasswordHash,
        passwordChangedAt: at,
        disabledAt: null,
        updatedAt: at,
      });
      await deleteUserSessions(trx, owner.id);
      await audit(trx, {
        workspaceId: found.id,
        actor: SYSTEM,
        action: 'user.password_reset',
        target: { type: 'user', id: owner.id },
        details: { reason: 'demo' },
        at: now,
      });
    }
    if (!keyWorks || !secret) {
      const created = await insertApiKeyAudited(trx, {
        workspaceId: found.id,
        name: 'Demo key',
        createdBy: owner.id,
        at: now,
      });
      secret = created.secret;
      next.apiKeyId = created.apiKey.id;
      next.sealedApiKey = encryptSecret(ctx.config, secret);
    }
    await writeDemoSettings(trx, workspace, next);
    return { workspaceId: found.id, apiKey: secret, login: { email: owner.email, password }, created: false };
  });
}

/** A password the demo owner chose is theirs: it is not kept sealed for the CLI to print. */
export async function forgetDemoPassword(
  trx: DbOrTrx,
  props: { workspaceId: string; userId: string },
): Promise<void> {
  const workspace = await findWorkspace(trx, props.workspaceId);
  if (!workspace) return;
  const demo = settingsOf(workspace).demo as DemoSettings | undefined;
  if (!demo || demo.ownerUserId !== props.userId || !demo.sealedPassword) return;
  const { sealedPassword: _forgotten, ...rest } = demo;
  await writeDemoSettings(trx, workspace, rest);
}

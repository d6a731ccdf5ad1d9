import { fromJson } from '../../db/schema.js';
import type { AppContext } from '../../http/context.js';
import { decryptSecret, encryptSecret, sha256 } from '../../platform/crypto.js';
import { notFound, unprocessable } from '../../platform/errors.js';
import { assertPublicUrl, outboundFetch, outboundRefusal } from '../../platform/outbound-http.js';
import type { Actor } from '../../workspaces/auth.types.js';
import { patchSettingsSection } from '../../workspaces/settings-section.service.js';
import { findWorkspace } from '../../workspaces/workspaces.repository.js';
import type { LanguageAssist } from '../engine.types.js';
import {
  AI_SECTION,
  type AiSection,
  type AiSettingsView,
  aiSectionSchema,
  type PutAiSettingsBody,
} from './ai-settings.schema.js';
import { createLanguageAssist } from './assist.js';
import type { LlmConfig } from './model.js';

async function loadSection(ctx: AppContext, workspaceId: string): Promise<AiSection | undefined> {
  const workspace = await findWorkspace(ctx.db, workspaceId);
  if (!workspace) return undefined;
  const settings = fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};
  const parsed = aiSectionSchema.safeParse(settings[AI_SECTION] ?? {});
  return parsed.success ? parsed.data : aiSectionSchema.parse({});
}

function viewOf(section: AiSection): AiSettingsView {
  return {
    provider: section.provider,
    model: section.model ?? null,
    baseUrl: section.baseUrl ?? null,
    apiKeySet: section.apiKeySealed !== undefined,
  };
}

export async function getAiSettings(ctx: AppContext, workspaceId: string): Promise<AiSettingsView> {
  const section = await loadSection(ctx, workspaceId);
  if (!section) throw notFound('Workspace');
  return viewOf(section);
}

/**
 * Sets the workspace's language model. A base URL must be public unless OUTBOUND_ALLOW_PRIVATE allows
 * private addresses (a model on the same network); the key is sealed and never returned, and the audit
 * entry names the fields changed, never the key.
 */
export async function putAiSettings(
  ctx: AppContext,
  props: { workspaceId: string; body: PutAiSettingsBody; by: Actor; ip?: string | undefined },
): Promise<AiSettingsView> {
  const current = await loadSection(ctx, props.workspaceId);
  if (!current) throw notFound('Workspace');
  const { provider, model, baseUrl, apiKey } = props.body;
  const own = provider === 'openai' || provider === 'anthropic';
  const keepsKey = current.apiKeySealed !== undefined && current.provider === provider;
  if (own) {
    if (!model) throw unprocessable(`model is required with provider ${provider}`, { fields: ['model'] });
    if (!apiKey && !keepsKey && !baseUrl) {
      throw unprocessable(`apiKey is required with provider ${provider} and no baseUrl`, {
        fields: ['apiKey'],
      });
    }
    if (baseUrl) await checkBaseUrl(ctx, baseUrl);
  }
  const section = await patchSettingsSection(ctx, {
    workspaceId: props.workspaceId,
    section: AI_SECTION,
    schema: aiSectionSchema,
    patch: own
      ? {
          provider,
          model,
          baseUrl: baseUrl ?? null,
          apiKeySealed: apiKey ? encryptSecret(ctx.config, apiKey) : keepsKey ? undefined : null,
        }
      : { provider, model: null, baseUrl: null, apiKeySealed: null },
    by: props.by,
    ip: props.ip,
    onInvalid: 'reset',
  });
  return viewOf(section);
}

async function checkBaseUrl(ctx: AppContext, baseUrl: string): Promise<void> {
  try {
    await assertPublicUrl(baseUrl, ctx.config.outbound);
  } catch (error) {
    const refusal = outboundRefusal(error);
    if (!refusal) throw error;
    const reason =
      refusal === 'private_address'
        ? 'baseUrl points at a private address (allowed only with OUTBOUND_ALLOW_PRIVATE)'
        : refusal === 'unresolved'
          ? 'baseUrl does not resolve'
          : 'baseUrl must be an http(s) URL';
    throw unprocessable(reason, { fields: ['baseUrl'] }, 'invalid_base_url');
  }
}

/** A model's settings and the HTTP client to reach it with (the global fetch when undefined). */
export interface WorkspaceLlm {
  config: LlmConfig;
  fetch: typeof globalThis.fetch | undefined;
}

/**
 * The model settings the workspace chose, as LLM_* would give them; the instance's for `instance`. A model
 * the workspace chose is reached through the outbound guard; the instance's (LLM_BASE_URL, the operator's
 * own choice, often a model on the same machine) is not.
 */
export async function workspaceLlm(ctx: AppContext, workspaceId: string): Promise<WorkspaceLlm> {
  const section = await loadSection(ctx, workspaceId);
  if (!section || section.provider === 'instance') return { config: ctx.config.llm, fetch: undefined };
  if (section.provider === 'none') {
    const config = { provider: 'none', model: undefined, baseUrl: undefined, apiKey: undefined } as const;
    return { config, fetch: undefined };
  }
  const config = {
    provider: section.provider,
    model: section.model,
    baseUrl: section.baseUrl,
    apiKey: section.apiKeySealed ? decryptSecret(ctx.config, section.apiKeySealed) : undefined,
  };
  return { config, fetch: outboundFetch(ctx.config.outbound) };
}

/** One assist per model settings, per running app. */
const assists = new WeakMap<AppContext, Map<string, LanguageAssist>>();

/**
 * The language layer for a workspace's conversations: the instance's (`ctx.assist`) unless the workspace
 * chose none or its own model. Settings that cannot build a model leave the built-in engine alone.
 */
export async function assistFor(ctx: AppContext, workspaceId: string): Promise<LanguageAssist | undefined> {
  const section = await loadSection(ctx, workspaceId);
  if (!section || section.provider === 'instance') return ctx.assist;
  if (section.provider === 'none') return undefined;
  let byKey = assists.get(ctx);
  if (!byKey) {
    byKey = new Map();
    assists.set(ctx, byKey);
  }
  try {
    // A key no configured secret opens, like settings no model can be built from, leaves the engine alone.
    const { config, fetch } = await workspaceLlm(ctx, workspaceId);
    const key = sha256(JSON.stringify([config.provider, config.model, config.baseUrl, config.apiKey]));
    const cached = byKey.get(key);
    if (cached) return cached;
    const assist = createLanguageAssist(config, { logger: ctx.logger, ...(fetch ? { fetch } : {}) });
    if (!assist) return undefined;
    byKey.set(key, assist);
    return assist;
  } catch (error) {
    ctx.logger
      .child({ category: 'ai' })
      .warn(
        { workspaceId, cause: error instanceof Error ? error.name : 'unknown' },
        'workspace model unusable',
      );
    return undefined;
  }
}

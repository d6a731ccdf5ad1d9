import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { lockWorkspace, updateWorkspace } from '../workspaces/workspaces.repository.js';
import {
  type ConversationSettings,
  type ConversationSettingsPatch,
  conversationSettingsSchema,
  loadConversationSettings,
} from './conversation.settings.js';

export function getConversationSettings(ctx: AppContext, workspaceId: string): Promise<ConversationSettings> {
  return loadConversationSettings(ctx.db, workspaceId);
}

/** Changes the settings given and keeps the rest; only what someone set is stored, defaults stay live. */
export async function updateConversationSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: ConversationSettingsPatch; by: Actor; ip?: string | undefined },
): Promise<ConversationSettings> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await lockWorkspace(trx, props.workspaceId);
    if (!workspace) throw notFound('Workspace');
    const settings = fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};
    const stored = { ...((settings.conversation as Record<string, unknown> | undefined) ?? {}) };
    const changed: string[] = [];
    for (const [key, value] of Object.entries(props.patch)) {
      if (value === undefined) continue;
      if (value === null) delete stored[key];
      else stored[key] = value;
      changed.push(key);
    }
    const parsed = conversationSettingsSchema.safeParse(stored);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => issue.path.join('.'));
      throw unprocessable('Some stored conversation settings are no longer valid; set them again', {
        fields,
      });
    }
    if (changed.length > 0) {
      await updateWorkspace(trx, props.workspaceId, {
        settings: toJson({ ...settings, conversation: stored }),
        updatedAt: now.toISOString(),
      });
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: auditActor(props.by),
        action: 'settings.conversation_changed',
        target: { type: 'workspace', id: props.workspaceId },
        details: { changed },
        ip: props.ip,
        at: now,
      });
    }
    return parsed.data;
  });
}

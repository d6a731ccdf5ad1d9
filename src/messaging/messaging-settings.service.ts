import { fromJson, toJson } from '../db/schema.js';
import type { AppContext } from '../http/context.js';
import { notFound, unprocessable } from '../platform/errors.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import { lockWorkspace, updateWorkspace } from '../workspaces/workspaces.repository.js';
import {
  loadWorkspaceMessaging,
  type MessagingSettings,
  type MessagingSettingsPatch,
  messagingSettingsSchema,
} from './messaging.settings.js';

export async function getMessagingSettings(ctx: AppContext, workspaceId: string): Promise<MessagingSettings> {
  return (await loadWorkspaceMessaging(ctx.db, workspaceId)).settings;
}

/**
 * Changes the settings given and keeps the rest. Only what someone set is stored, so a default that
 * improves in a later version reaches every workspace that never chose otherwise.
 */
export async function updateMessagingSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: MessagingSettingsPatch; by: Actor; ip?: string | undefined },
): Promise<MessagingSettings> {
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const workspace = await lockWorkspace(trx, props.workspaceId);
    if (!workspace) throw notFound('Workspace');
    const settings = fromJson<Record<string, unknown> | null>(workspace.settings) ?? {};
    const stored = { ...((settings.messaging as Record<string, unknown> | undefined) ?? {}) };
    const changed: string[] = [];
    for (const [key, value] of Object.entries(props.patch)) {
      if (value === undefined) continue;
      if (value === null) delete stored[key];
      else stored[key] = value;
      changed.push(key);
    }
    const parsed = messagingSettingsSchema.safeParse(stored);
    if (!parsed.success) {
      // A stored value from an older version that no longer passes: say which, rather than keep it.
      const fields = parsed.error.issues.map((issue) => issue.path.join('.'));
      throw unprocessable('Some stored messaging settings are no longer valid; set them again', { fields });
    }
    if (changed.length > 0) {
      await updateWorkspace(trx, props.workspaceId, {
        settings: toJson({ ...settings, messaging: stored }),
        updatedAt: now.toISOString(),
      });
      await audit(trx, {
        workspaceId: props.workspaceId,
        actor: auditActor(props.by),
        action: 'settings.messaging_changed',
        target: { type: 'workspace', id: props.workspaceId },
        details: { changed },
        ip: props.ip,
        at: now,
      });
    }
    return parsed.data;
  });
}

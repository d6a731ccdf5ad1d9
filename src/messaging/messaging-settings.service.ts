import type { AppContext } from '../http/context.js';
import type { Actor } from '../workspaces/auth.types.js';
import { patchSettingsSection } from '../workspaces/settings-section.service.js';
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
export function updateMessagingSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: MessagingSettingsPatch; by: Actor; ip?: string | undefined },
): Promise<MessagingSettings> {
  return patchSettingsSection(ctx, {
    ...props,
    section: 'messaging',
    schema: messagingSettingsSchema,
    onInvalid: 'reject',
  });
}

import type { AppContext } from '../http/context.js';
import type { Actor } from '../workspaces/auth.types.js';
import { patchSettingsSection } from '../workspaces/settings-section.service.js';
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
export function updateConversationSettings(
  ctx: AppContext,
  props: { workspaceId: string; patch: ConversationSettingsPatch; by: Actor; ip?: string | undefined },
): Promise<ConversationSettings> {
  return patchSettingsSection(ctx, {
    ...props,
    section: 'conversation',
    schema: conversationSettingsSchema,
    onInvalid: 'reject',
  });
}

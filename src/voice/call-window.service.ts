import type { AppContext } from '../http/context.js';
import { findLeadWithContact } from '../leads/leads.service.js';
import { findDefaultNumber } from '../messaging/messaging.repository.js';
import { decideCall } from './outbound-call.service.js';
import { loadVoiceSettings } from './voice.settings.js';
import { voiceClientFor } from './voice-client.js';

export interface CallWindow {
  outcome: 'allowed' | 'deferred' | 'blocked';
  /** The gate's reason, or what the workspace lacks to place a call at all. */
  reason: string | null;
  /** When a held call would be allowed. */
  allowedAt: string | null;
}

/**
 * What "call this lead now" would meet, without asking for a call: the same gate (consent to calls,
 * opt-outs, hours, caps), then what the workspace needs to place one (a Twilio account and number).
 */
export async function callWindow(
  ctx: AppContext,
  props: { workspaceId: string; leadId: string },
): Promise<CallWindow> {
  const { lead, contact } = await findLeadWithContact(ctx.db, props.workspaceId, props.leadId);
  if (!contact.phone) return { outcome: 'blocked', reason: 'no_phone', allowedAt: null };
  const settings = await loadVoiceSettings(ctx.db, props.workspaceId);
  const decision = await decideCall(ctx, {
    attempt: { workspaceId: props.workspaceId, contactId: lead.contactId },
    settings,
  });
  if (decision.outcome !== 'allowed') {
    return {
      outcome: decision.outcome === 'deferred' ? 'deferred' : 'blocked',
      reason: decision.reason,
      allowedAt: decision.deferUntil?.toISOString() ?? null,
    };
  }
  if (!(await voiceClientFor(ctx, props.workspaceId))) {
    return { outcome: 'blocked', reason: 'no_voice_provider', allowedAt: null };
  }
  if (!(await findDefaultNumber(ctx.db, props.workspaceId, 'twilio'))) {
    return { outcome: 'blocked', reason: 'no_number', allowedAt: null };
  }
  return { outcome: 'allowed', reason: null, allowedAt: null };
}

import type { AppContext } from '../../http/context.js';
import { sha256 } from '../../platform/crypto.js';
import { loadWorkspaceTwilio } from '../provider-settings.service.js';
import type { SmsProvider } from './provider.js';
import { createTwilioProvider } from './twilio.provider.js';

/** The provider that sends a workspace's texts, and the Messaging Service its own account uses. */
export interface WorkspaceSmsProvider {
  sms: SmsProvider;
  messagingServiceSid?: string;
}

/** One Twilio client per account (and token), per running app. */
const clients = new WeakMap<AppContext, Map<string, SmsProvider>>();

/**
 * The workspace's own Twilio account when it has one, else the instance's provider. The API host is
 * TWILIO_API_BASE_URL for every account, as for the instance's.
 */
export async function smsProviderFor(ctx: AppContext, workspaceId: string): Promise<WorkspaceSmsProvider> {
  const account = await loadWorkspaceTwilio(ctx, workspaceId);
  if (!account) return { sms: ctx.sms };
  let byAccount = clients.get(ctx);
  if (!byAccount) {
    byAccount = new Map();
    clients.set(ctx, byAccount);
  }
  // Keyed by the token too, so a changed token builds a new client instead of reusing the old one.
  const key = `${account.accountSid}:${sha256(account.authToken)}`;
  let sms = byAccount.get(key);
  if (!sms) {
    for (const existing of byAccount.keys()) {
      if (existing.startsWith(`${account.accountSid}:`)) byAccount.delete(existing);
    }
    const apiBaseUrl = ctx.config.sms.twilioApiBaseUrl;
    sms = createTwilioProvider({
      accountSid: account.accountSid,
      authToken: account.authToken,
      ...(apiBaseUrl ? { apiBaseUrl } : {}),
    });
    byAccount.set(key, sms);
  }
  return {
    sms,
    ...(account.messagingServiceSid ? { messagingServiceSid: account.messagingServiceSid } : {}),
  };
}

import type { Trx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { decryptSecret, encryptSecret } from '../platform/crypto.js';
import { notFound, unprocessable } from '../platform/errors.js';
import type { Actor } from '../workspaces/auth.types.js';
import { patchSettingsSection } from '../workspaces/settings-section.service.js';
import {
  findSmsProviderSection,
  readSmsProviderSection,
  SMS_PROVIDER_SECTION,
} from './provider-settings.repository.js';
import {
  type PutSmsProviderBody,
  type SmsProviderSection,
  type SmsProviderView,
  smsProviderSectionSchema,
} from './provider-settings.schema.js';
import { checkTwilioCredentials } from './providers/twilio-account-check.js';
import {
  assertAccountAvailable,
  assertNotInstanceAccount,
  claimTwilioAccount,
  releaseTwilioAccount,
} from './twilio-accounts.service.js';

/** A workspace's own Twilio account, opened for sending. */
export interface WorkspaceTwilioAccount {
  accountSid: string;
  authToken: string;
  messagingServiceSid?: string;
}

/** The workspace's own Twilio account, or undefined when it sends through the instance's provider. */
export async function loadWorkspaceTwilio(
  ctx: AppContext,
  workspaceId: string,
): Promise<WorkspaceTwilioAccount | undefined> {
  const section = await readSmsProviderSection(ctx.db, workspaceId);
  if (!section?.accountSid || !section.authTokenSealed) return undefined;
  return {
    accountSid: section.accountSid,
    authToken: decryptSecret(ctx.config, section.authTokenSealed),
    ...(section.messagingServiceSid ? { messagingServiceSid: section.messagingServiceSid } : {}),
  };
}

export async function getSmsProviderSettings(ctx: AppContext, workspaceId: string): Promise<SmsProviderView> {
  const section = await findSmsProviderSection(ctx.db, workspaceId);
  if (!section) throw notFound('Workspace');
  return viewOf(ctx, section);
}

function viewOf(ctx: AppContext, section: SmsProviderSection): SmsProviderView {
  if (section.accountSid && section.authTokenSealed) {
    return {
      provider: 'twilio',
      source: 'workspace',
      accountSid: section.accountSid,
      authTokenSet: true,
      messagingServiceSid: section.messagingServiceSid ?? null,
    };
  }
  const sms = ctx.config.sms;
  return {
    provider: sms.provider,
    source: 'instance',
    accountSid: sms.provider === 'twilio' ? (sms.twilioAccountSid ?? null) : null,
    authTokenSet: sms.provider === 'twilio' && Boolean(sms.twilioAuthToken),
    messagingServiceSid: null,
  };
}

interface ChangeProps {
  workspaceId: string;
  by: Actor;
  ip?: string | undefined;
}

/**
 * Sets the workspace's own Twilio account. A new token is checked with Twilio first (422 when refused,
 * 503 when Twilio cannot answer); the account must be free or already the workspace's (409 otherwise,
 * and never the instance's own). The token is sealed before it is stored and never returned; left out,
 * the stored one is kept, which only makes sense for the same account. The audit entry names the fields
 * changed, never the token.
 */
export async function putSmsProviderSettings(
  ctx: AppContext,
  props: ChangeProps & { body: PutSmsProviderBody },
): Promise<SmsProviderView> {
  const current = await findSmsProviderSection(ctx.db, props.workspaceId);
  if (!current) throw notFound('Workspace');
  const { accountSid, authToken, messagingServiceSid } = props.body;
  const keepsToken = current.authTokenSealed !== undefined && current.accountSid === accountSid;
  if (!authToken && !keepsToken) {
    throw unprocessable('authToken is required for a new Twilio account', { fields: ['authToken'] });
  }
  const { workspaceId } = props;
  assertNotInstanceAccount(ctx.config, accountSid);
  await assertAccountAvailable(ctx.db, { accountSid, workspaceId });
  // A kept token was checked when it was saved.
  if (authToken) await checkTwilioCredentials(ctx.config.sms, { accountSid, authToken });
  const section = await patchSettingsSection(ctx, {
    workspaceId: props.workspaceId,
    section: SMS_PROVIDER_SECTION,
    schema: smsProviderSectionSchema,
    patch: {
      accountSid,
      authTokenSealed: authToken ? encryptSecret(ctx.config, authToken) : undefined,
      // A Messaging Service belongs to one account: a new account without one given drops the old one.
      messagingServiceSid:
        messagingServiceSid === undefined && current.accountSid !== accountSid ? null : messagingServiceSid,
    },
    by: props.by,
    ip: props.ip,
    onInvalid: 'reset',
    inTransaction: async (trx, stored) => {
      await releaseClaim(trx, stored, workspaceId, accountSid);
      await claimTwilioAccount(trx, { accountSid, workspaceId, at: ctx.clock.now() });
    },
  });
  return viewOf(ctx, section);
}

/** Releases the claim on the account stored before, unless it is `keep`. */
async function releaseClaim(
  trx: Trx,
  stored: Readonly<Record<string, unknown>>,
  workspaceId: string,
  keep?: string,
): Promise<void> {
  const previous = stored.accountSid;
  if (typeof previous === 'string' && previous !== keep)
    await releaseTwilioAccount(trx, { accountSid: previous, workspaceId });
}

/**
 * Forgets the workspace's own account and releases its claim: its texts go out through the instance's
 * provider again.
 */
export async function removeSmsProviderSettings(
  ctx: AppContext,
  props: ChangeProps,
): Promise<SmsProviderView> {
  const section = await patchSettingsSection(ctx, {
    workspaceId: props.workspaceId,
    section: SMS_PROVIDER_SECTION,
    schema: smsProviderSectionSchema,
    patch: { accountSid: null, authTokenSealed: null, messagingServiceSid: null },
    by: props.by,
    ip: props.ip,
    onInvalid: 'reset',
    inTransaction: (trx, stored) => releaseClaim(trx, stored, props.workspaceId),
  });
  return viewOf(ctx, section);
}

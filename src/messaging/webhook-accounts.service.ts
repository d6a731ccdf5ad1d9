import type { AppContext } from '../http/context.js';
import { findMessageByProviderId, findNumber } from './messaging.repository.js';
import { loadWorkspaceTwilio } from './provider-settings.service.js';
import { holdsAccount } from './twilio-accounts.repository.js';

/** The Twilio account whose token must sign a webhook: its SID must also be the form's AccountSid. */
export interface WebhookAccount {
  accountSid: string;
  authToken: string;
}

/** The instance's own Twilio account, when the instance sends through Twilio. */
function instanceAccount(ctx: AppContext): WebhookAccount | undefined {
  const { provider, twilioAccountSid, twilioAuthToken } = ctx.config.sms;
  if (provider !== 'twilio' || !twilioAccountSid || !twilioAuthToken) return undefined;
  return { accountSid: twilioAccountSid, authToken: twilioAuthToken };
}

/**
 * The account a workspace's numbers live in: its own when it holds one (claimed, or linked by an
 * operator), else the instance's. A workspace naming an account it does not hold gets none, so its
 * webhooks are refused until an operator links it.
 */
async function workspaceAccount(ctx: AppContext, workspaceId: string): Promise<WebhookAccount | undefined> {
  const own = await loadWorkspaceTwilio(ctx, workspaceId);
  const instance = instanceAccount(ctx);
  // A workspace's settings naming the instance's account (saved before that was refused) change nothing.
  if (!own || own.accountSid === instance?.accountSid) return instance;
  if (await holdsAccount(ctx.db, own.accountSid, workspaceId)) {
    return { accountSid: own.accountSid, authToken: own.authToken };
  }
  ctx.logger.warn(
    { category: 'messaging', workspaceId, accountSid: own.accountSid },
    'Twilio webhook for a workspace whose account another workspace holds; refused until an operator links it',
  );
  return undefined;
}

/**
 * The account that must have signed a webhook about one of our numbers (`To` of an incoming text or
 * call): the account of the workspace that owns the number. A number of no workspace is only taken from
 * the instance's account, and the job then drops it.
 */
export async function webhookAccountForNumber(
  ctx: AppContext,
  number: string | undefined,
): Promise<WebhookAccount | undefined> {
  const row = number ? await findNumber(ctx.db, 'twilio', number) : undefined;
  return row ? workspaceAccount(ctx, row.workspaceId) : instanceAccount(ctx);
}

/**
 * The account that must have signed a status callback. Everything in it that names a workspace must
 * agree on one account: the message we stored under that id, the workspace in the StatusCallback URL,
 * and the workspace owning the sending number (`From`). Naming none, only the instance's account signs it.
 */
export async function webhookAccountForMessage(
  ctx: AppContext,
  props: { messageSid: string | undefined; from: string | undefined; workspaceId: string | undefined },
): Promise<WebhookAccount | undefined> {
  const message = props.messageSid
    ? await findMessageByProviderId(ctx.db, 'twilio', props.messageSid)
    : undefined;
  const sender = props.from ? await findNumber(ctx.db, 'twilio', props.from) : undefined;
  const named = new Set(
    [message?.workspaceId, props.workspaceId, sender?.workspaceId].filter((id) => id !== undefined),
  );
  if (named.size === 0) return instanceAccount(ctx);
  const accounts = await Promise.all([...named].map((id) => workspaceAccount(ctx, id)));
  const [first] = accounts;
  const same = accounts.every(
    (a) => a?.accountSid === first?.accountSid && a?.authToken === first?.authToken,
  );
  return same ? first : undefined;
}

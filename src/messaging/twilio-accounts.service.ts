import type { DbOrTrx } from '../db/database.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import type { AppContext } from '../http/context.js';
import type { Config } from '../platform/config.js';
import { conflict, notFound } from '../platform/errors.js';
import { audit } from '../workspaces/audit.service.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import {
  deleteAccountHolder,
  insertAccountHolder,
  listAccountHolders,
} from './twilio-accounts.repository.js';

/** The same answer whoever holds the account, so it never says which workspace does. */
const taken = () =>
  conflict('This Twilio account is already used by another workspace', 'twilio_account_taken');

/** The instance's own account sends for every workspace without one; no workspace can make it its own. */
export function assertNotInstanceAccount(config: Config, accountSid: string): void {
  if (accountSid === config.sms.twilioAccountSid) {
    throw conflict(
      "This is the instance's own Twilio account; remove the workspace's account to use it",
      'twilio_account_taken',
    );
  }
}

/** Refuses an account some other workspace holds, before anything is asked of Twilio. */
export async function assertAccountAvailable(
  db: DbOrTrx,
  props: { accountSid: string; workspaceId: string },
): Promise<void> {
  const holders = await listAccountHolders(db, props.accountSid);
  if (holders.length > 0 && !holders.some((h) => h.workspaceId === props.workspaceId)) throw taken();
}

/**
 * Makes the account the workspace's own, inside the transaction that saves its settings: free accounts
 * are claimed, accounts it already holds (claimed or linked) are kept, any other answers 409. Two
 * workspaces claiming at once are decided by the unique index on claims.
 */
export async function claimTwilioAccount(
  trx: DbOrTrx,
  props: { accountSid: string; workspaceId: string; at: Date },
): Promise<void> {
  await assertAccountAvailable(trx, props);
  try {
    await insertAccountHolder(trx, {
      accountSid: props.accountSid,
      workspaceId: props.workspaceId,
      linkedBy: null,
      createdAt: props.at.toISOString(),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

/** The workspace stops using the account: its claim goes, an operator's link stays. */
export async function releaseTwilioAccount(
  trx: DbOrTrx,
  props: { accountSid: string; workspaceId: string },
): Promise<void> {
  await deleteAccountHolder(trx, { ...props, claimOnly: true });
}

interface LinkProps {
  accountSid: string;
  workspaceId: string;
  /** The operator's user id; none for the command line. */
  operatorId?: string | undefined;
  ip?: string | undefined;
}

/**
 * A platform operator lets one more workspace use an account (an agency running several offices on one
 * Twilio account). Audited in that workspace; linking a holder again changes nothing.
 */
export async function linkTwilioAccount(ctx: AppContext, props: LinkProps): Promise<{ linked: boolean }> {
  assertNotInstanceAccount(ctx.config, props.accountSid);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findWorkspace(trx, props.workspaceId))) throw notFound('Workspace');
    const linked = await insertAccountHolder(trx, {
      accountSid: props.accountSid,
      workspaceId: props.workspaceId,
      linkedBy: props.operatorId ?? 'system',
      createdAt: now.toISOString(),
    });
    if (linked) await auditLink(trx, props, 'twilio_account.linked', now);
    return { linked };
  });
}

/**
 * Takes an account away from a workspace, claimed or linked: its webhooks are refused from then on,
 * until it saves another account or is linked again. Also how an operator moves a claim.
 */
export async function unlinkTwilioAccount(ctx: AppContext, props: LinkProps): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await deleteAccountHolder(trx, { ...props, claimOnly: false });
    if (!removed) throw notFound('Link');
    await auditLink(trx, props, 'twilio_account.unlinked', now);
  });
}

function auditLink(trx: DbOrTrx, props: LinkProps, action: string, at: Date) {
  return audit(trx, {
    workspaceId: props.workspaceId,
    actor: props.operatorId ? { type: 'operator', id: props.operatorId } : { type: 'system', id: null },
    action,
    target: { type: 'twilio_account', id: props.accountSid },
    ip: props.ip,
    at,
  });
}

import type { Selectable } from 'kysely';

/**
 * Which workspaces may use a Twilio account as their own. The workspace that saves an account first claims
 * it (`linkedBy` null, at most one per account); a platform operator can link more workspaces to it.
 * Webhooks about a workspace's numbers are taken only for an account it holds here.
 */
export interface TwilioAccountsTable {
  accountSid: string;
  workspaceId: string;
  /** Null for the workspace's own claim; else who linked it: an operator's user id, or `system` (the CLI). */
  linkedBy: string | null;
  createdAt: string;
}

export type TwilioAccountRow = Selectable<TwilioAccountsTable>;

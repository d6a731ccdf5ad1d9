import { randomInt } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import type { AppContext } from '../http/context.js';
import { conflict, notFound, unprocessable } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { audit, auditActor } from '../workspaces/audit.service.js';
import type { Actor } from '../workspaces/auth.types.js';
import {
  clearDefaultNumber,
  deletePhoneNumber,
  findDefaultNumber,
  findNumberAnyProvider,
  findPhoneNumber,
  insertPhoneNumber,
  listPhoneNumbers,
  readDefaultNumber,
} from './messaging.repository.js';
import type { PhoneNumberRow } from './messaging.table.js';
import { loadWorkspaceTwilio } from './provider-settings.service.js';
import { twilioAccountHasNumber } from './providers/twilio-account-check.js';

/**
 * The number the workspace texts from with this provider. A sandbox workspace gets one made up on
 * first use, in the 555 range that no real phone has.
 */
export async function sendingNumber(
  db: DbOrTrx,
  props: { workspaceId: string; provider: 'twilio' | 'sandbox'; at: Date },
): Promise<PhoneNumberRow | undefined> {
  const existing = await readDefaultNumber(db, props.workspaceId, props.provider);
  if (existing || props.provider !== 'sandbox') return existing;
  for (let tries = 0; tries < 5; tries += 1) {
    const row: PhoneNumberRow = {
      id: newId(props.at.getTime()),
      workspaceId: props.workspaceId,
      number: `+1555${String(randomInt(0, 10_000_000)).padStart(7, '0')}`,
      provider: 'sandbox',
      messagingServiceSid: null,
      isDefault: 1,
      createdAt: props.at.toISOString(),
    };
    if (await insertPhoneNumber(db, row)) return row;
  }
  throw new Error('Could not allocate a sandbox number');
}

export function listWorkspaceNumbers(ctx: AppContext, workspaceId: string): Promise<PhoneNumberRow[]> {
  return listPhoneNumbers(ctx.db, workspaceId);
}

export interface AddPhoneNumberProps {
  workspaceId: string;
  number: string;
  provider: PhoneNumberRow['provider'];
  messagingServiceSid?: string | undefined;
  isDefault: boolean;
  by: Actor;
  ip?: string | undefined;
}

/**
 * Adds a number the workspace texts from. A number can belong to one workspace only, and a Twilio number
 * of a workspace with its own account must be one of that account's numbers: texts to it are taken only
 * when signed with that account's token.
 */
export async function addPhoneNumber(ctx: AppContext, props: AddPhoneNumberProps): Promise<PhoneNumberRow> {
  if (props.provider === 'twilio') await assertNumberInOwnAccount(ctx, props.workspaceId, props.number);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const taken = () => conflict('This number is already in use', 'number_taken');
    if (await findNumberAnyProvider(trx, props.number)) throw taken();
    const first = !(await findDefaultNumber(trx, props.workspaceId, props.provider));
    const isDefault = props.isDefault || first;
    if (isDefault) await clearDefaultNumber(trx, props.workspaceId, props.provider);
    const row: PhoneNumberRow = {
      id: newId(now.getTime()),
      workspaceId: props.workspaceId,
      number: props.number,
      provider: props.provider,
      messagingServiceSid: props.messagingServiceSid ?? null,
      isDefault: isDefault ? 1 : 0,
      createdAt: now.toISOString(),
    };
    // Two workspaces adding the same number at once: the unique index decides.
    if (!(await insertPhoneNumber(trx, row))) throw taken();
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'phone_number.added',
      target: { type: 'phone_number', id: row.id },
      details: { provider: row.provider, isDefault },
      ip: props.ip,
      at: now,
    });
    return row;
  });
}

async function assertNumberInOwnAccount(ctx: AppContext, workspaceId: string, number: string) {
  const account = await loadWorkspaceTwilio(ctx, workspaceId);
  if (!account || (await twilioAccountHasNumber(ctx.config.sms, account, number))) return;
  throw unprocessable(
    "This number is not one of the workspace's Twilio account's phone numbers",
    { fields: ['number'] },
    'number_not_in_account',
  );
}

export async function removePhoneNumber(
  ctx: AppContext,
  props: { workspaceId: string; id: string; by: Actor; ip?: string | undefined },
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findPhoneNumber(trx, props.workspaceId, props.id);
    if (!row || !(await deletePhoneNumber(trx, props.workspaceId, props.id))) throw notFound('Phone number');
    await audit(trx, {
      workspaceId: props.workspaceId,
      actor: auditActor(props.by),
      action: 'phone_number.removed',
      target: { type: 'phone_number', id: row.id },
      details: { provider: row.provider },
      ip: props.ip,
      at: now,
    });
  });
}

import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { DbOrTrx } from '../db/database.js';
import { firstRow, prepared } from '../db/prepared.js';
import type { HoldRule } from './gate.conversation.js';
import type { GateDecision, GateInput } from './gate.js';

const registrationOf = prepared((db, p: { workspaceId: string }) =>
  db.selectFrom('a2pRegistrations').select(['enforce', 'status']).where('workspaceId', '=', p.workspaceId),
);

export const A2P_UNREGISTERED = 'a2p_unregistered';

const RULE: HoldRule = {
  code: A2P_UNREGISTERED,
  label: 'US carriers’ A2P 10DLC registration: no approved campaign yet',
  state: null,
  citation: null,
  sendAnyway: false,
};

/** A US long code: ten digits under +1 that are in the US and not toll-free. Sandbox numbers never reach a carrier. */
export function isUs10dlc(number: string): boolean {
  const parsed = parsePhoneNumberFromString(number);
  return parsed?.country === 'US' && parsed.getType() !== 'TOLL_FREE';
}

/**
 * With the workspace's A2P setting on, automated texts (not calls) from a US 10DLC number wait until its campaign is
 * approved: held with no time to retry at, and released when the registration is approved or the setting
 * turned off. Keyword answers and a person's own texts never reach this check. One read by primary key
 * when the setting is off. (The registration is messaging/a2p's table, read here as billing standing is.)
 */
export async function holdForA2p(
  db: DbOrTrx,
  input: Pick<GateInput, 'workspaceId' | 'messageId' | 'channel'>,
): Promise<GateDecision | null> {
  if (input.channel === 'voice') return null;
  const registration = await firstRow(registrationOf(db, { workspaceId: input.workspaceId }));
  if (registration?.enforce !== 1 || registration.status === 'approved') return null;
  const sender = await senderOf(db, input);
  if (sender?.provider !== 'twilio' || !sender.number || !isUs10dlc(sender.number)) return null;
  const rule = RULE;
  return {
    outcome: 'deferred',
    reason: A2P_UNREGISTERED,
    rule,
    details: { rule, registration: registration.status },
  };
}

/** The message's own number once it is stored, else the number the workspace would text from. */
async function senderOf(
  db: DbOrTrx,
  input: Pick<GateInput, 'workspaceId' | 'messageId'>,
): Promise<{ number: string | null; provider: string | null } | undefined> {
  if (input.messageId) {
    const message = await db
      .selectFrom('messages')
      .select(['fromNumber as number', 'provider'])
      .where('workspaceId', '=', input.workspaceId)
      .where('id', '=', input.messageId)
      .executeTakeFirst();
    if (message) return message;
  }
  return db
    .selectFrom('phoneNumbers')
    .select(['number', 'provider'])
    .where('workspaceId', '=', input.workspaceId)
    .where('provider', '=', 'twilio')
    .where('isDefault', '=', 1)
    .executeTakeFirst();
}

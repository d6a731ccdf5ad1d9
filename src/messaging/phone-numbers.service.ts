import { randomInt } from 'node:crypto';
import type { DbOrTrx } from '../db/database.js';
import { newId } from '../platform/ids.js';
import { findDefaultNumber, insertPhoneNumber } from './messaging.repository.js';
import type { PhoneNumberRow } from './messaging.table.js';

/**
 * The number the workspace texts from with this provider. A sandbox workspace gets one made up on
 * first use, in the 555 range that no real phone has.
 */
export async function sendingNumber(
  db: DbOrTrx,
  props: { workspaceId: string; provider: 'twilio' | 'sandbox'; at: Date },
): Promise<PhoneNumberRow | undefined> {
  const existing = await findDefaultNumber(db, props.workspaceId, props.provider);
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

import type { DbOrTrx } from '../db/database.js';
import { HOUR } from '../platform/clock.js';
import type { MessageRow } from './messaging.table.js';

/**
 * How long a held answer of the assistant's stays worth sending. An answer is about the moment it was
 * written: offered slots pass, "let me check" goes cold. Sixteen hours lets a reply held overnight by any
 * state's calling hours still go in the morning (the longest night is Rhode Island's, 6 p.m. to 9 a.m.,
 * 15 hours), while one held over a closed day, a daily cap or a possible opt-out settled a day later does not.
 */
export const STALE_REPLY_AFTER_MS = 16 * HOUR;

export interface Staleness {
  /** `superseded`: the lead wrote again after it was written; `expired`: it waited too long. */
  reason: 'superseded' | 'expired';
  details: Record<string, unknown>;
}

/**
 * Whether an automated text that was held should not go now. Only held texts are judged (a text sent at
 * once is never late), and only the assistant's answers and follow-ups: a reminder or a confirmation says
 * what is still true, a keyword answer is owed, and a person's text is theirs.
 *
 * - An answer or a follow-up written before the lead's latest text is superseded: the lead has moved the
 *   conversation on, and their new text gets its own answer.
 * - An answer older than STALE_REPLY_AFTER_MS has expired.
 */
export async function staleness(db: DbOrTrx, message: MessageRow, now: Date): Promise<Staleness | null> {
  const held = message.status === 'deferred' || message.gateReason === 'possible_opt_out';
  if (!held || message.author !== 'assistant') return null;
  if (message.kind !== 'reply' && message.kind !== 'follow_up') return null;
  const later = await db
    .selectFrom('messages')
    .select('createdAt')
    .where('workspaceId', '=', message.workspaceId)
    .where('contactId', '=', message.contactId)
    .where('direction', '=', 'inbound')
    .where('createdAt', '>', message.createdAt)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (later) {
    return { reason: 'superseded', details: { writtenAt: message.createdAt, leadWroteAt: later.createdAt } };
  }
  const age = now.getTime() - new Date(message.createdAt).getTime();
  if (message.kind === 'reply' && age > STALE_REPLY_AFTER_MS) {
    return {
      reason: 'expired',
      details: { writtenAt: message.createdAt, heldHours: Math.floor(age / HOUR) },
    };
  }
  return null;
}

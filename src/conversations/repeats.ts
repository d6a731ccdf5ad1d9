import type { DbOrTrx } from '../db/database.js';

/**
 * The assistant never sends the same text twice in a row: a conversation that would is going in
 * circles, and the sender changes course (rewords, or hands the lead to a person). "Automated" texts are
 * the assistant's and the scheduling texts; the agent's own texts and texts never sent (blocked) do not
 * count.
 */

const normal = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

export const sameText = (a: string | null | undefined, b: string | null | undefined): boolean =>
  a != null && b != null && normal(a) === normal(b);

interface SentMessage {
  direction: string;
  author: string;
  status?: string;
  body: string;
}

/** The last automated text of a thread (oldest first), if any. */
export function lastAutomatedText(history: readonly SentMessage[]): string | null {
  for (const message of [...history].reverse()) {
    if (message.direction !== 'outbound' || message.status === 'blocked') continue;
    if (message.author === 'assistant' || message.author === 'system') return message.body;
  }
  return null;
}

/** The same, read from the database (inside the transaction that is about to send). */
export async function lastAutomatedTextOf(
  db: DbOrTrx,
  workspaceId: string,
  conversationId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('messages')
    .select('body')
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .where('direction', '=', 'outbound')
    .where('author', 'in', ['assistant', 'system'])
    .where('status', '!=', 'blocked')
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.body ?? null;
}

/** Whether texts about to go would repeat: the first one equals the last sent, or two in a row are equal. */
export function wouldRepeat(previous: string | null, texts: readonly string[]): boolean {
  let last = previous;
  for (const text of texts) {
    if (sameText(last, text)) return true;
    last = text;
  }
  return false;
}

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

/**
 * A text the lead already has in `seen`: the same text, or the end of it — times offered go out opened
 * by the turn's own words ("Great: 3 bedrooms. Maria can meet you: 1) ..."), and the same offer again
 * on its own is still a repeat. Short texts ("Got it.") count only when equal.
 */
export function shownIn(seen: string, text: string): boolean {
  const [s, t] = [normal(seen), normal(text)];
  return s === t || (t.length >= 40 && s.endsWith(` ${t}`));
}

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

/**
 * The automated texts since the lead last wrote and the last one before it, oldest first: what the lead
 * has in front of them. A reply repeats if any text of it equals one of these, so an offer sent again
 * after this turn's acknowledgement of something else still counts as the same text twice.
 */
export function textsSinceLeadWrote(history: readonly SentMessage[]): string[] {
  const texts: string[] = [];
  let leadWrote = false;
  for (const message of [...history].reverse()) {
    if (message.direction === 'inbound') leadWrote = true;
    else if (
      message.status !== 'blocked' &&
      (message.author === 'assistant' || message.author === 'system')
    ) {
      texts.unshift(message.body);
      if (leadWrote) break;
    }
  }
  return texts;
}

/** The same, read from the database (inside the transaction that is about to send). */
export async function textsSinceLeadWroteOf(
  db: DbOrTrx,
  workspaceId: string,
  conversationId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['direction', 'author', 'status', 'body'])
    .where('workspaceId', '=', workspaceId)
    .where('conversationId', '=', conversationId)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  return textsSinceLeadWrote(rows.reverse());
}

/**
 * Whether texts about to go would repeat: any of them equals a text the lead has in front of them
 * (`previous`), or two in a row are equal.
 */
export function wouldRepeat(previous: string | null | readonly string[], texts: readonly string[]): boolean {
  const shown = previous === null ? [] : typeof previous === 'string' ? [previous] : previous;
  let last: string | null = null;
  for (const text of texts) {
    if (sameText(last, text) || shown.some((seen) => shownIn(seen, text))) return true;
    last = text;
  }
  return false;
}

import type { OutboxItem } from '../../api/leads.ts';

/** A text the user sent as the lead from this phone. */
export interface SentText {
  id: string;
  body: string;
  createdAt: string;
  leadId: string;
  handled: string;
}

export type PhoneEntry =
  | { kind: 'sent'; id: string; at: string; text: SentText }
  | { kind: 'received'; id: string; at: string; item: OutboxItem };

/** Digits only, so "+1 (512) 555-0142" and "+15125550142" are the same phone. */
export function samePhone(a: string | null, b: string): boolean {
  if (!a) return false;
  const digits = (value: string) => value.replace(/\D/g, '');
  const left = digits(a);
  const right = digits(b);
  if (left.length < 7 || right.length < 7) return left.length > 0 && left === right;
  // With or without the country code.
  return left === right || left.endsWith(right) || right.endsWith(left);
}

/** The phone's screen: what it sent and what the workspace texted back to it, oldest first. */
export function phoneThread(
  sent: readonly SentText[],
  outbox: readonly OutboxItem[],
  phone: string,
): PhoneEntry[] {
  const entries: PhoneEntry[] = [
    ...sent.map((text) => ({ kind: 'sent' as const, id: `sent-${text.id}`, at: text.createdAt, text })),
    ...outbox
      .filter((item) => samePhone(item.to, phone))
      .map((item) => ({ kind: 'received' as const, id: `out-${item.id}`, at: item.createdAt, item })),
  ];
  // At the same instant the lead's text came first: it is what the reply answers.
  const rank = (entry: PhoneEntry) => (entry.kind === 'sent' ? 0 : 1);
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank(a) - rank(b)));
}

/** A number in the 555-01xx range, which is never assigned to a real phone. */
export function madeUpNumber(random: () => number = Math.random): string {
  const line = String(100 + Math.floor(random() * 100)).padStart(4, '0');
  return `+1512555${line}`;
}

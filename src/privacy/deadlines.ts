import { DateTime } from 'luxon';
import type { Jurisdiction } from './privacy.table.js';

export interface Deadlines {
  /** When the answer is owed. */
  dueAt: string;
  /** When receipt must be confirmed (CCPA), else null. */
  acknowledgeBy: string | null;
}

/**
 * GDPR (art. 12(3)): one month from receipt. CCPA (Cal. Code Regs. tit. 11 §7021): confirm receipt within
 * 10 business days, answer within 45 calendar days. Elsewhere the stricter month is kept. Business days
 * are counted in the workspace's zone, weekends skipped (public holidays are not).
 */
export function deadlinesFor(jurisdiction: Jurisdiction, receivedAt: Date, zone: string): Deadlines {
  const received = DateTime.fromJSDate(receivedAt, { zone });
  const iso = (at: DateTime) => at.toUTC().toISO() as string;
  if (jurisdiction === 'ccpa') {
    return { dueAt: iso(received.plus({ days: 45 })), acknowledgeBy: iso(addBusinessDays(received, 10)) };
  }
  return { dueAt: iso(received.plus({ months: 1 })), acknowledgeBy: null };
}

export function addBusinessDays(from: DateTime, days: number): DateTime {
  let at = from;
  let left = days;
  while (left > 0) {
    at = at.plus({ days: 1 });
    if (at.weekday <= 5) left -= 1;
  }
  return at;
}

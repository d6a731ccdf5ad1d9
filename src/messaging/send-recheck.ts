import { MINUTE, SECOND } from '../platform/clock.js';

/**
 * When a send's outcome is unknown (a timeout, a reset connection, a 5xx, a crash in `sending`), the
 * provider is asked again at these times after the attempt began, and the text is sent again only once
 * the window (SMS_SEND_RECHECK_WINDOW_MS, 5 minutes by default) has closed with nothing found.
 *
 * Why 5 minutes: Twilio publishes no idempotency key and no bound on how long a create may take on its
 * side; its error 20500 says a 500 may be "a timeout in the API" and that retrying a message create may
 * send it twice. The longest timeout it documents for its own HTTP exchanges is 15 s (the read and total
 * limits of its webhook connection overrides). A request still inside Twilio after 5 minutes, 20 times
 * that, is beyond anything documented, and 5 minutes keeps a resent first reply within the 10 minutes
 * during which it still counts as the immediate answer to the lead.
 */
export const RECHECK_AFTER_MS: readonly number[] = [12 * SECOND, 30 * SECOND, MINUTE, 2 * MINUTE];

/** Twilio's DateCreated has whole seconds and its clock is not ours: candidates are taken this much wider. */
export const PROVIDER_CLOCK_SKEW_MS = 30 * SECOND;

/** Attempts whose outcome stayed unknown before the message is given up as not sent. */
export const MAX_UNKNOWN_ATTEMPTS = 3;

/** The next time to look for the attempt begun at `startedAt`, or undefined once the window has closed. */
export function nextRecheckAt(startedAt: Date, now: Date, windowMs: number): Date | undefined {
  const elapsed = now.getTime() - startedAt.getTime();
  if (elapsed >= windowMs) return undefined;
  const offset = RECHECK_AFTER_MS.find((ms) => ms > elapsed && ms < windowMs) ?? windowMs;
  return new Date(startedAt.getTime() + offset);
}

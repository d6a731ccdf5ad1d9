import type { Selectable } from 'kysely';

/**
 * A counter in a fixed window, shared by every process: route rate limits (`route:…`) and the sign-in
 * throttle (`sign-in:…`). Keys carry no personal data in clear: addresses and emails are keyed hashes.
 */
export interface RequestThrottlesTable {
  key: string;
  count: number;
  /** When the window ends; the next hit after it starts a new window at 1. */
  resetAt: string;
  /** Set by the sign-in throttle: no password is checked for this key before then. */
  blockedUntil: string | null;
}

export type RequestThrottleRow = Selectable<RequestThrottlesTable>;

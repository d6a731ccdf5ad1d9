import { normalizeIP } from '@fastify/rate-limit';
import type { DbOrTrx } from '../db/database.js';
import {
  blockKey,
  countHit,
  deleteThrottle,
  findBlockedUntil,
  throttleKey,
} from '../http/throttles.repository.js';
import { HOUR, SECOND } from '../platform/clock.js';

/**
 * Failed sign-ins are counted three ways, each under a keyed hash of the email (whether or not it has an
 * account) and of the address, so the answers and the waits are the same for every email:
 *
 * - per email and address (the pair): `maxFailures` failures a day are free; each further one makes that
 *   pair wait 1 s, 2 s, 4 s … up to `capMs`. Signing in from the pair forgets its failures.
 * - per address, across emails (password spraying): `ADDRESS_FACTOR × maxFailures` failures an hour are
 *   free, then the whole address waits the same way. A success does not reset it.
 * - per email, across addresses: past `ACCOUNT_FACTOR × maxFailures` failures an hour the account is under
 *   attack, and any address that fails against it has no free failures left: it waits from its first.
 *   The account itself never waits, so an address with no failures of its own always has its password
 *   checked and a stranger cannot keep the owner out.
 *
 * While a pair or an address waits, no password is checked at all.
 */
const PAIR_WINDOW_MS = 24 * HOUR;
const ADDRESS_WINDOW_MS = HOUR;
const ACCOUNT_WINDOW_MS = HOUR;
export const ADDRESS_FACTOR = 10;
export const ACCOUNT_FACTOR = 10;

export interface SignInKeys {
  pair: string;
  address: string;
  account: string;
}

export interface ThrottlePolicy {
  maxFailures: number;
  capMs: number;
}

/** IPv6 clients are counted by their /64, which one machine can fill with addresses. */
export function signInKeys(secret: string, email: string, ip: string): SignInKeys {
  const address = normalizeIP(ip);
  return {
    pair: throttleKey(secret, 'sign-in:pair', `${email}\n${address}`),
    address: throttleKey(secret, 'sign-in:address', address),
    account: throttleKey(secret, 'sign-in:account', email),
  };
}

/** Seconds this email and address must still wait, 0 when a password may be checked now. */
export async function signInWait(db: DbOrTrx, keys: SignInKeys, now: Date): Promise<number> {
  const until = await findBlockedUntil(db, [keys.pair, keys.address], now);
  return until ? secondsUntil(until, now) : 0;
}

/** 0 while failures are free, then 1 s doubling with each failure, never above the cap. */
export function backoffMs(failures: number, free: number, capMs: number): number {
  if (failures < free) return 0;
  return Math.min(capMs, SECOND * 2 ** (failures - free));
}

export interface RecordedFailure {
  /** Failures of this email from this address in the day's window. */
  failures: number;
  /** Seconds before the next attempt from this address for this email is checked; 0 when it may be now. */
  waitSeconds: number;
  accountUnderAttack: boolean;
}

export async function recordSignInFailure(
  db: DbOrTrx,
  props: { keys: SignInKeys; now: Date; policy: ThrottlePolicy },
): Promise<RecordedFailure> {
  const { keys, now, policy } = props;
  const pair = await countHit(db, { key: keys.pair, now, windowMs: PAIR_WINDOW_MS });
  const address = await countHit(db, { key: keys.address, now, windowMs: ADDRESS_WINDOW_MS });
  const account = await countHit(db, { key: keys.account, now, windowMs: ACCOUNT_WINDOW_MS });
  const accountUnderAttack = account.count >= ACCOUNT_FACTOR * policy.maxFailures;
  const waits: [key: string, ms: number][] = [
    [keys.pair, backoffMs(pair.count, accountUnderAttack ? 1 : policy.maxFailures, policy.capMs)],
    [keys.address, backoffMs(address.count, ADDRESS_FACTOR * policy.maxFailures, policy.capMs)],
  ];
  let waitMs = 0;
  for (const [key, ms] of waits) {
    if (ms === 0) continue;
    await blockKey(db, key, new Date(now.getTime() + ms).toISOString());
    waitMs = Math.max(waitMs, ms);
  }
  return { failures: pair.count, waitSeconds: Math.ceil(waitMs / SECOND), accountUnderAttack };
}

/** A successful sign-in forgets the pair's failures; the address and account counts stay. */
export async function clearSignInFailures(db: DbOrTrx, keys: SignInKeys): Promise<void> {
  await deleteThrottle(db, keys.pair);
}

function secondsUntil(until: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(until).getTime() - now.getTime()) / SECOND));
}

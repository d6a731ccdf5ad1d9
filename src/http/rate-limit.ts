import { MINUTE } from '../platform/clock.js';
import { tooManyRequests } from '../platform/errors.js';

/** A route's `rateLimit` config: `max` a minute per address, then a 429 with `message` and Retry-After. */
export const perMinute = (max: number, message: string) => ({
  max,
  timeWindow: MINUTE,
  errorResponseBuilder: (_request: unknown, context: { ttl: number }) =>
    tooManyRequests(message, Math.max(1, Math.ceil(context.ttl / 1000))),
});

import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/** Keys whose values are personal data or secrets wherever they appear in a log object. */
const SENSITIVE_KEYS = new Set(
  [
    'phone',
    'phones',
    'email',
    'emails',
    'body',
    'message',
    'text',
    'name',
    'firstName',
    'lastName',
    'fullName',
    'to',
    'from',
    'address',
    'password',
    'newPassword',
    'currentPassword',
    'passwordHash',
    'token',
    'apiKey',
    'authorization',
    'cookie',
    'set-cookie',
    'x-csrf-token',
    'secret',
    'appSecret',
    'authToken',
    'transcript',
    // Agents' numbers, and Web Push subscriptions: the endpoint is a capability URL, the keys encrypt for one browser.
    'mobilePhone',
    'endpoint',
    'keyP256dh',
    'keyAuth',
    'p256dh',
    'vapidPrivateKey',
    'privateKey',
  ].map((key) => key.toLowerCase()),
);

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// Seven or more digits, possibly with a leading + and the usual separators: a phone number in any notation.
const PHONE = /\+?\d[\d\s().-]{5,}\d/g;
/** What any match of PHONE contains; EMAIL always contains an @. */
const PHONE_LIKE = /\d[\d\s().-]{5,}\d/;
const REDACTED = '[redacted]';

const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

export function scrubString(value: string): string {
  // Most log lines hold neither: one test, and the string comes back as it was.
  if (!value.includes('@') && !PHONE_LIKE.test(value)) return value;
  // Ids are kept whole: a UUID can hold a run of digits that looks like a phone number.
  return value
    .split(UUID)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(EMAIL, REDACTED)
            .replace(PHONE, (match) => (isTimestampLike(match) ? match : REDACTED)),
    )
    .join('');
}

function isTimestampLike(match: string): boolean {
  // ISO dates and times ("2026-01-15", "12:30:00.000") and IPv4 addresses are not phone numbers.
  return (
    /^\d{4}-\d{2}-\d{2}/.test(match) || /^\d{2}:\d{2}/.test(match) || /^\d{1,3}(\.\d{1,3}){3}$/.test(match)
  );
}

// Class instances (Fastify's request and reply) are left whole for their serializers, which need their getters.
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function scrub(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[depth]';
  if (typeof value === 'string') return scrubString(value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubString(value.message),
      stack: value.stack && scrubString(value.stack),
    };
  }
  if (value && typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      out[key] = SENSITIVE_KEYS.has(key.toLowerCase()) && child != null ? REDACTED : scrub(child, depth + 1);
    }
    return out;
  }
  return value;
}

interface LoggedRequest {
  id?: string;
  method?: string;
  url?: string;
  raw?: { url?: string };
  routeOptions?: { url?: string };
}

/** Path parameters that are credentials: a booking link, a calendar feed, an export download. */
const SECRET_PARAM = /:(token|ticket|code|secret)\b/;

/**
 * Method and path only: query strings can carry phone numbers and emails. A path that carries a secret
 * (`/b/:token`) is logged as its route pattern, so the logs hold no working link. Never throws.
 */
function serializeRequest(req: LoggedRequest | undefined) {
  const pattern = req?.routeOptions?.url;
  const url = pattern && SECRET_PARAM.test(pattern) ? pattern : (req?.url ?? req?.raw?.url ?? '');
  return { id: req?.id, method: req?.method, url: scrubString(url.split('?')[0] ?? '') };
}

export interface LoggerOptions {
  level: string;
  destination?: DestinationStream;
}

/**
 * The one logger. Personal data (phones, emails, names, message bodies) and secrets are removed here,
 * by key and by pattern, so no caller has to remember to.
 */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  return pino(
    {
      level,
      base: { service: 'closing-cloud' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((arg) => (typeof arg === 'string' ? scrubString(arg) : arg)) as Parameters<
              typeof method
            >,
          );
        },
      },
      serializers: {
        err: (error: Error) => scrub(error),
        req: serializeRequest,
        res: (res: { statusCode?: number } | undefined) => ({ statusCode: res?.statusCode }),
      },
    },
    destination,
  );
}

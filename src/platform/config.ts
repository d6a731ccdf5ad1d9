import { createECDH, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  PUBLIC_URL: optionalUrl,
  APP_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  APP_SECRET_PREVIOUS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((secret) => secret.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().min(32, 'each secret must be at least 32 characters')))
      .optional(),
  ),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.string().default('false')),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  RUN_WORKER: z.preprocess(emptyToUndefined, bool.default(true)),
  // Most jobs wait on the network (the SMS provider, an LLM): with 4 at once, a provider answering in 150 ms
  // capped a worker at about 25 texts a second.
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(16),
  // One workspace's burst leaves the other slots to the other workspaces (see jobs.repository.ts).
  WORKER_WORKSPACE_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(12),
  WORKER_POLL_MS: z.coerce.number().int().min(10).default(500),
  JOB_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  WEBHOOK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  // One workspace's pace of new leads per process (see leads/intake-pace.ts); 0 turns pacing off.
  INTAKE_LEADS_PER_SECOND: z.coerce.number().min(0).default(5),
  INTAKE_BURST: z.coerce.number().int().min(1).default(10),
  INTAKE_MAX_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  SESSION_DAYS: z.coerce.number().int().min(1).default(14),
  SMS_PROVIDER: z.enum(['sandbox', 'twilio']).default('sandbox'),
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_API_BASE_URL: optionalUrl,
  /** How long a send whose outcome is unknown is looked for at the provider before it is sent again. */
  SMS_SEND_RECHECK_WINDOW_MS: z.coerce.number().int().min(1000).default(300_000),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\/[^/\s]+/, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  SMTP_FROM: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/, 'must be an address or "Name <address>"')
      .optional(),
  ),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GOOGLE_OAUTH_BASE_URL: optionalUrl,
  GOOGLE_API_BASE_URL: optionalUrl,
  /** Let URLs a workspace sets (CalDAV, its model's base URL) reach private, loopback and link-local addresses. */
  OUTBOUND_ALLOW_PRIVATE: z.preprocess(emptyToUndefined, bool.optional()),
  /** The earlier name of OUTBOUND_ALLOW_PRIVATE, still read. */
  CALDAV_ALLOW_PRIVATE: z.preprocess(emptyToUndefined, bool.optional()),
  /** Web Push (VAPID) keys; generated once into DATA_DIR when not given. */
  VAPID_PUBLIC_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key')
      .optional(),
  ),
  VAPID_PRIVATE_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key')
      .optional(),
  ),
  VAPID_SUBJECT: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: address or an https: URL')
      .optional(),
  ),
  /** Tests only: push endpoints on http://127.0.0.1 (a local fake push service). */
  PUSH_ALLOW_LOOPBACK_HTTP: z.preprocess(emptyToUndefined, bool.optional()),
  /** The built-in SMTP receiver for lead emails; off unless a port is given. */
  LEAD_EMAIL_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).optional()),
  /** The domain of the workspaces' lead addresses (MX pointing here); PUBLIC_URL's host when unset. */
  LEAD_EMAIL_DOMAIN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'must be a domain name')
      .optional(),
  ),
  LEAD_EMAIL_MAX_BYTES: z.coerce.number().int().min(1024).max(52_428_800).default(10_485_760),
  META_GRAPH_BASE_URL: optionalUrl,
  /** Follow Up Boss's REST root (https://api.followupboss.com); a local fake in tests. */
  FUB_API_BASE_URL: optionalUrl,
  /** Billing through Stripe (billing/stripe*.ts); without the key usage is still metered and invoiced as CSV. */
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_API_BASE_URL: optionalUrl,
  /** The subscription's metered prices: `unit=price_id` pairs, comma separated (`sms_segment_out=price_123`). */
  STRIPE_PRICES: optionalString,
  LLM_PROVIDER: z.preprocess(emptyToUndefined, z.enum(['none', 'openai', 'anthropic']).default('none')),
  LLM_BASE_URL: optionalUrl,
  LLM_MODEL: optionalString,
  LLM_API_KEY: optionalString,
});

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string;
  readonly secureCookies: boolean;
  readonly appSecret: string;
  /** Earlier APP_SECRETs, only to open what they sealed until `closing-cloud secrets rotate` reseals it. */
  readonly appSecretPrevious: readonly string[];
  readonly logLevel: string;
  readonly bodyLimitBytes: number;
  /** Provider webhooks a minute per provider account: generous, so a burst of replies and statuses passes. */
  readonly webhookRateLimitPerMinute: number;
  /** Each workspace's pace of new leads in this process: `perSecond` after `burst` at once (0: no pace). */
  readonly intakePace: { readonly perSecond: number; readonly burst: number; readonly maxWaitMs: number };
  /** Fastify's trustProxy: false, true, a hop count, or addresses/CIDRs of the proxies in front. */
  readonly trustProxy: boolean | number | string;
  readonly worker: {
    readonly inProcess: boolean;
    readonly concurrency: number;
    /** The most jobs of one workspace running at once across every worker process. */
    readonly perWorkspace: number;
    readonly pollMs: number;
    readonly leaseMs: number;
  };
  readonly auth: {
    readonly maxFailures: number;
    readonly lockMinutes: number;
    readonly sessionDays: number;
  };
  readonly sms: {
    readonly provider: 'sandbox' | 'twilio';
    readonly twilioAccountSid: string | undefined;
    readonly twilioAuthToken: string | undefined;
    readonly twilioApiBaseUrl: string | undefined;
    /** SMS_SEND_RECHECK_WINDOW_MS: see messaging/send-recheck.ts for the schedule and why 5 minutes. */
    readonly sendRecheckWindowMs: number;
  };
  /** Mail to the team (agent notifications); without an SMTP URL notes are only logged. */
  readonly email: {
    readonly smtpUrl: string | undefined;
    readonly from: string;
  };
  /** Google Calendar by OAuth2; connecting is offered only when the client id and secret are set. */
  readonly google: {
    readonly clientId: string | undefined;
    readonly clientSecret: string | undefined;
    /** The OAuth endpoints (consent page, token, revoke) under one base, for tests and proxies; else Google's. */
    readonly oauthBaseUrl: string | undefined;
    readonly apiBaseUrl: string;
  };
  /** Requests to URLs a workspace sets (platform/outbound-http.ts). */
  readonly outbound: {
    /** Such URLs may reach private, loopback and link-local addresses (OUTBOUND_ALLOW_PRIVATE); off by default. */
    readonly allowPrivate: boolean;
  };
  /** Web Push to the dashboard installed as an app (messaging/push*.ts). */
  readonly push: {
    readonly vapidPublicKey: string;
    readonly vapidPrivateKey: string;
    /** Who push services may contact about our traffic: a mailto: or https: URL. */
    readonly subject: string;
    /** Subscriptions may name http://127.0.0.1 endpoints; only with NODE_ENV=test. */
    readonly allowLoopbackHttp: boolean;
  };
  /** Lead sources (integrations/): the lead-email receiver and Meta's Graph API. */
  readonly leadSources: {
    /** LEAD_EMAIL_PORT: the SMTP receiver listens here; undefined keeps it off. */
    readonly emailPort: number | undefined;
    readonly emailDomain: string;
    /** The largest lead email taken, by SMTP or HTTP. */
    readonly emailMaxBytes: number;
    /** Graph API root with its version, e.g. https://graph.facebook.com/v21.0. */
    readonly metaGraphBaseUrl: string;
  };
  /** Follow Up Boss (integrations/fub): its REST root, `/v1` included. */
  readonly followUpBoss: {
    readonly apiBaseUrl: string;
  };
  /** Stripe billing; `secretKey` undefined keeps it off. */
  readonly stripe: {
    readonly secretKey: string | undefined;
    readonly webhookSecret: string | undefined;
    /** Where the SDK sends its requests: Stripe's API, or a local fake in tests. */
    readonly apiBaseUrl: string | undefined;
    /** Metered price per usage unit, from STRIPE_PRICES. */
    readonly prices: Readonly<Record<string, string>>;
  };
  readonly llm: {
    readonly provider: 'none' | 'openai' | 'anthropic';
    readonly baseUrl: string | undefined;
    readonly model: string | undefined;
    readonly apiKey: string | undefined;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/** Reads `.env` in the working directory, if there is one, without overriding variables already set. */
export function readDotEnv(file = '.env'): Env {
  if (!existsSync(file)) return {};
  const values: Env = {};
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[2] ?? '';
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    values[match[1]] = value;
  }
  return values;
}

/**
 * The only reader of the environment. Validates every setting, fills defaults, and generates
 * APP_SECRET under DATA_DIR on first start when none is given.
 */
export function loadConfig(env: Env = { ...readDotEnv(), ...process.env }): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.SMS_PROVIDER === 'twilio') {
    if (!e.TWILIO_ACCOUNT_SID) problems.push('TWILIO_ACCOUNT_SID: required when SMS_PROVIDER=twilio');
    if (!e.TWILIO_AUTH_TOKEN) problems.push('TWILIO_AUTH_TOKEN: required when SMS_PROVIDER=twilio');
  }
  if (e.LLM_PROVIDER !== 'none' && !e.LLM_MODEL)
    problems.push(`LLM_MODEL: required when LLM_PROVIDER=${e.LLM_PROVIDER}`);
  if (Boolean(e.GOOGLE_CLIENT_ID) !== Boolean(e.GOOGLE_CLIENT_SECRET))
    problems.push(
      e.GOOGLE_CLIENT_ID
        ? 'GOOGLE_CLIENT_SECRET: required with GOOGLE_CLIENT_ID'
        : 'GOOGLE_CLIENT_ID: required with GOOGLE_CLIENT_SECRET',
    );
  if (Boolean(e.VAPID_PUBLIC_KEY) !== Boolean(e.VAPID_PRIVATE_KEY))
    problems.push(
      e.VAPID_PUBLIC_KEY
        ? 'VAPID_PRIVATE_KEY: required with VAPID_PUBLIC_KEY'
        : 'VAPID_PUBLIC_KEY: required with VAPID_PRIVATE_KEY',
    );
  if (e.PUSH_ALLOW_LOOPBACK_HTTP && e.NODE_ENV !== 'test')
    problems.push('PUSH_ALLOW_LOOPBACK_HTTP: only for tests (NODE_ENV=test)');
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return deepFreeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    appSecret: e.APP_SECRET ?? loadOrCreateSecret(dataDir),
    appSecretPrevious: e.APP_SECRET_PREVIOUS ?? [],
    logLevel: e.LOG_LEVEL,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webhookRateLimitPerMinute: e.WEBHOOK_RATE_LIMIT_PER_MINUTE,
    intakePace: {
      perSecond: e.INTAKE_LEADS_PER_SECOND,
      burst: e.INTAKE_BURST,
      maxWaitMs: e.INTAKE_MAX_WAIT_MS,
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    worker: {
      inProcess: e.RUN_WORKER,
      concurrency: e.WORKER_CONCURRENCY,
      perWorkspace: e.WORKER_WORKSPACE_CONCURRENCY,
      pollMs: e.WORKER_POLL_MS,
      leaseMs: e.JOB_LEASE_MS,
    },
    auth: {
      maxFailures: e.SIGN_IN_MAX_FAILURES,
      lockMinutes: e.SIGN_IN_LOCK_MINUTES,
      sessionDays: e.SESSION_DAYS,
    },
    sms: {
      provider: e.SMS_PROVIDER,
      twilioAccountSid: e.TWILIO_ACCOUNT_SID,
      twilioAuthToken: e.TWILIO_AUTH_TOKEN,
      twilioApiBaseUrl: e.TWILIO_API_BASE_URL,
      sendRecheckWindowMs: e.SMS_SEND_RECHECK_WINDOW_MS,
    },
    email: {
      smtpUrl: e.SMTP_URL,
      from: e.SMTP_FROM ?? `Closing Cloud <no-reply@${new URL(publicUrl).hostname}>`,
    },
    google: {
      clientId: e.GOOGLE_CLIENT_ID,
      clientSecret: e.GOOGLE_CLIENT_SECRET,
      oauthBaseUrl: e.GOOGLE_OAUTH_BASE_URL?.replace(/\/$/, ''),
      apiBaseUrl: (e.GOOGLE_API_BASE_URL ?? 'https://www.googleapis.com').replace(/\/$/, ''),
    },
    outbound: { allowPrivate: e.OUTBOUND_ALLOW_PRIVATE ?? e.CALDAV_ALLOW_PRIVATE ?? false },
    push: {
      ...(e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY
        ? { vapidPublicKey: e.VAPID_PUBLIC_KEY, vapidPrivateKey: e.VAPID_PRIVATE_KEY }
        : loadOrCreateVapidKeys(dataDir)),
      subject: e.VAPID_SUBJECT ?? defaultVapidSubject(publicUrl, e.SMTP_FROM),
      allowLoopbackHttp: e.PUSH_ALLOW_LOOPBACK_HTTP ?? false,
    },
    leadSources: {
      emailPort: e.LEAD_EMAIL_PORT,
      emailDomain: (e.LEAD_EMAIL_DOMAIN ?? new URL(publicUrl).hostname).toLowerCase(),
      emailMaxBytes: e.LEAD_EMAIL_MAX_BYTES,
      metaGraphBaseUrl: (e.META_GRAPH_BASE_URL ?? 'https://graph.facebook.com/v21.0').replace(/\/$/, ''),
    },
    followUpBoss: {
      apiBaseUrl: `${(e.FUB_API_BASE_URL ?? 'https://api.followupboss.com').replace(/\/(v1\/?)?$/, '')}/v1`,
    },
    stripe: {
      secretKey: e.STRIPE_SECRET_KEY,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET,
      apiBaseUrl: e.STRIPE_API_BASE_URL?.replace(/\/$/, ''),
      prices: parseStripePrices(e.STRIPE_PRICES),
    },
    llm: { provider: e.LLM_PROVIDER, baseUrl: e.LLM_BASE_URL, model: e.LLM_MODEL, apiKey: e.LLM_API_KEY },
  });
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'app-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new ConfigError([`APP_SECRET: the stored secret in ${file} is too short`]);
    return secret;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process started at the same moment and wrote its secret first: use that one.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateSecret(dataDir);
    throw error;
  }
  return secret;
}

interface VapidKeys {
  vapidPublicKey: string;
  vapidPrivateKey: string;
}

/**
 * The instance's VAPID key pair, made once and kept in DATA_DIR like the app secret: a new pair would
 * orphan every browser's subscription, which is bound to the public key it was made with.
 */
function loadOrCreateVapidKeys(dataDir: string): VapidKeys {
  const file = path.join(dataDir, 'vapid-keys.json');
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { publicKey?: unknown; privateKey?: unknown };
    if (typeof stored.publicKey !== 'string' || typeof stored.privateKey !== 'string')
      throw new ConfigError([`VAPID_PUBLIC_KEY: the stored keys in ${file} are unreadable`]);
    return { vapidPublicKey: stored.publicKey, vapidPrivateKey: stored.privateKey };
  }
  mkdirSync(dataDir, { recursive: true });
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const keys = {
    publicKey: ecdh.getPublicKey().toString('base64url'),
    // A private key with leading zero bytes comes back shorter; push services expect all 32.
    privateKey: Buffer.concat([Buffer.alloc(32), ecdh.getPrivateKey()])
      .subarray(-32)
      .toString('base64url'),
  };
  try {
    writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateVapidKeys(dataDir);
    throw error;
  }
  return { vapidPublicKey: keys.publicKey, vapidPrivateKey: keys.privateKey };
}

/** Push services want a way to reach the sender: the site when it is https, else the mail sender. */
function defaultVapidSubject(publicUrl: string, smtpFrom: string | undefined): string {
  if (publicUrl.startsWith('https://')) return publicUrl;
  const address = smtpFrom ? (/<([^<>]+)>/.exec(smtpFrom)?.[1] ?? smtpFrom) : undefined;
  return `mailto:${address ?? `alerts@${new URL(publicUrl).hostname}`}`;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}

function parseStripePrices(value: string | undefined): Record<string, string> {
  const prices: Record<string, string> = {};
  for (const pair of (value ?? '').split(',')) {
    const [unit, price] = pair.split('=').map((part) => part.trim());
    if (unit && price) prices[unit] = price;
  }
  return prices;
}

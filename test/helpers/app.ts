import type { FastifyInstance, RouteOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { buildApp } from '../../src/http/app.js';
import { type AppContext, contextFrom } from '../../src/http/context.js';
import type { SmsProvider } from '../../src/messaging/providers/provider.js';
import { type ManualClock, manualClock } from '../../src/platform/clock.js';
import { type Config, type Env, loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from './db.js';

export const TEST_APP_SECRET = 'test-app-secret-test-app-secret-0123456789';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** Starts at the real time; tests move it to expire sessions and lock-outs. */
  clock: ManualClock;
  database: TestDatabase;
  /** Every route the app registered, as Fastify saw it. */
  routes: RouteOptions[];
  close(): Promise<void>;
}

/**
 * The whole app over a fresh migrated database of the dialect under test. Not yet `ready`, so a test
 * may add a probe route before its first request.
 */
export async function buildTestApp(
  options: {
    env?: Env;
    sms?: (config: Config, clock: ManualClock) => SmsProvider;
    /** Logs at debug level to this stream instead of not at all. */
    logTo?: DestinationStream;
    /** The clock's first reading; the real time by default. */
    now?: string;
    /** Another process on this app's database: its own connection, leaving the database in place on close. */
    sameDatabaseAs?: TestApp;
  } = {},
): Promise<TestApp> {
  const database = options.sameDatabaseAs
    ? connectTestDatabase(options.sameDatabaseAs.database)
    : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    APP_SECRET: TEST_APP_SECRET,
    LOG_LEVEL: options.logTo ? 'debug' : 'silent',
    // The fakes of CalDAV servers and models listen on 127.0.0.1; the guard's own tests turn this off.
    OUTBOUND_ALLOW_PRIVATE: 'true',
    ...options.env,
  });
  const clock = manualClock(options.now ?? new Date());
  const logger = options.logTo
    ? createLogger({ level: 'debug', destination: options.logTo })
    : createLogger({ level: 'silent' });
  const sms = options.sms?.(config, clock);
  const ctx = contextFrom({ config, database, clock, logger, ...(sms ? { sms } : {}) });
  const routes: RouteOptions[] = [];
  const app = await buildApp(ctx, { onRoute: (route) => routes.push(route) });
  return {
    app,
    ctx,
    clock,
    database,
    routes,
    close: async () => {
      await app.close();
      await database.cleanup();
    },
  };
}

export interface SessionCredentials {
  cookie: string;
  csrfToken: string;
  userId: string;
}

/** Headers for a request as a signed-in browser would send them: the cookie and, for writes, the CSRF token. */
export function asSession(session: SessionCredentials): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

export function asApiKey(secret: string): Record<string, string> {
  return { authorization: `Bearer ${secret}` };
}

let addressCounter = 0;

/** A distinct client address per call, so the per-address sign-in limit only bites in the tests about it. */
export function nextClientAddress(): string {
  addressCounter += 1;
  const n = addressCounter;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

import { expect } from 'vitest';
import { type AppContext, contextFrom } from '../../src/http/context.js';
import { manualClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createLogger } from '../../src/platform/logger.js';
import { rotateSecrets } from '../../src/platform/secrets-rotation.js';
import type { TestDatabase } from './db.js';

/** APP_SECRET values for rotation tests: the one sealed under, the one rotated to, one that opens nothing. */
export const OLD_APP_SECRET = 'old-app-secret-old-app-secret-0123456789';
export const NEW_APP_SECRET = 'new-app-secret-new-app-secret-0123456789';
export const WRONG_APP_SECRET = 'wrong-app-secret-wrong-app-secret-01234567';

/** A context over one test database, configured with the given secrets (APP_SECRET, APP_SECRET_PREVIOUS). */
export function contextOver(database: TestDatabase, env: Record<string, string>): AppContext {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: database.dataDir,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    LOG_LEVEL: 'silent',
    ...env,
  });
  return contextFrom({
    config,
    database,
    clock: manualClock(new Date()),
    logger: createLogger({ level: 'silent' }),
  });
}

/**
 * Rotates from the old APP_SECRET to the new one twice: the first run reseals the column's one value,
 * the second finds it already done.
 */
export async function expectResealedOnce(database: TestDatabase, column: string): Promise<void> {
  const rotating = contextOver(database, { APP_SECRET: NEW_APP_SECRET, APP_SECRET_PREVIOUS: OLD_APP_SECRET });
  const first = await rotateSecrets(rotating.db, rotating.config);
  expect(first.columns.find((c) => c.column === column)).toEqual({ column, examined: 1, resealed: 1 });
  const second = await rotateSecrets(rotating.db, rotating.config);
  expect(second.columns.find((c) => c.column === column)).toEqual({ column, examined: 1, resealed: 0 });
}

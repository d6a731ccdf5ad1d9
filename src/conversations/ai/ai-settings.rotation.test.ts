import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js';
import { buildApiKey, buildWorkspace } from '../../../test/helpers/factories.js';
import { type AppContext, contextFrom } from '../../http/context.js';
import { manualClock } from '../../platform/clock.js';
import { loadConfig } from '../../platform/config.js';
import { createLogger } from '../../platform/logger.js';
import { rotateSecrets } from '../../platform/secrets-rotation.js';
import { putAiSettings, workspaceLlmConfig } from './ai-settings.service.js';

const OLD = 'old-app-secret-old-app-secret-0123456789';
const NEW = 'new-app-secret-new-app-secret-0123456789';
const COLUMN = 'workspaces.settings (AI provider keys)';
const KEY = 'sk-rotating-key-0123456789';

function contextOver(database: TestDatabase, env: Record<string, string>): AppContext {
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

describe('rotating workspace AI keys', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  it('reseals the key under the new APP_SECRET, after which only the new one is needed', async () => {
    database = await createTestDatabase();
    const before = contextOver(database, { APP_SECRET: OLD });
    const workspace = await buildWorkspace(before);
    const key = await buildApiKey(before, { workspaceId: workspace.id });
    await putAiSettings(before, {
      workspaceId: workspace.id,
      body: { provider: 'anthropic', model: 'claude-test', apiKey: KEY },
      by: { type: 'api_key', apiKeyId: key.apiKey.id },
    });

    const rotating = contextOver(database, { APP_SECRET: NEW, APP_SECRET_PREVIOUS: OLD });
    const outcome = await rotateSecrets(rotating.db, rotating.config);
    expect(outcome.columns.find((c) => c.column === COLUMN)).toEqual({
      column: COLUMN,
      examined: 1,
      resealed: 1,
    });
    const second = await rotateSecrets(rotating.db, rotating.config);
    expect(second.columns.find((c) => c.column === COLUMN)).toEqual({
      column: COLUMN,
      examined: 1,
      resealed: 0,
    });

    const after = contextOver(database, { APP_SECRET: NEW });
    expect(await workspaceLlmConfig(after, workspace.id)).toEqual({
      provider: 'anthropic',
      model: 'claude-test',
      baseUrl: undefined,
      apiKey: KEY,
    });
    await expect(
      workspaceLlmConfig(contextOver(database, { APP_SECRET: OLD }), workspace.id),
    ).rejects.toThrow();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js';
import { buildApiKey, buildWorkspace } from '../../../test/helpers/factories.js';
import {
  contextOver,
  expectResealedOnce,
  NEW_APP_SECRET as NEW,
  OLD_APP_SECRET as OLD,
} from '../../../test/helpers/secrets.js';
import { putAiSettings, workspaceLlm } from './ai-settings.service.js';

const COLUMN = 'workspaces.settings (AI provider keys)';
const KEY = 'sk-rotating-key-0123456789';

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

    await expectResealedOnce(database, COLUMN);

    const after = contextOver(database, { APP_SECRET: NEW });
    expect((await workspaceLlm(after, workspace.id)).config).toEqual({
      provider: 'anthropic',
      model: 'claude-test',
      baseUrl: undefined,
      apiKey: KEY,
    });
    await expect(workspaceLlm(contextOver(database, { APP_SECRET: OLD }), workspace.id)).rejects.toThrow();
  });
});

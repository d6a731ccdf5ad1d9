import { afterEach, describe, expect, it } from 'vitest';
import { startFakeTwilio } from '../../test/fakes/twilio/fake-twilio.js';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/db.js';
import { buildApiKey, buildWorkspace } from '../../test/helpers/factories.js';
import {
  contextOver,
  expectResealedOnce,
  NEW_APP_SECRET as NEW,
  OLD_APP_SECRET as OLD,
  WRONG_APP_SECRET as WRONG,
} from '../../test/helpers/secrets.js';
import { decryptSecret, SealedSecretError } from '../platform/crypto.js';
import { RotationError, rotateSecrets } from '../platform/secrets-rotation.js';
import { findSmsProviderSection } from './provider-settings.repository.js';
import { loadWorkspaceTwilio, putSmsProviderSettings } from './provider-settings.service.js';

const COLUMN = 'workspaces.settings (SMS provider auth tokens)';
const ACCOUNT = `AC${'4e'.repeat(16)}`;
const TOKEN = 'rotating-auth-token-0123456789ab';

describe('rotating workspace Twilio auth tokens', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  async function seed(db: TestDatabase): Promise<string> {
    // The token is checked with Twilio when saved.
    const twilio = await startFakeTwilio({ accountSid: ACCOUNT, authToken: TOKEN });
    const before = contextOver(db, { APP_SECRET: OLD, TWILIO_API_BASE_URL: twilio.baseUrl });
    const workspace = await buildWorkspace(before);
    await buildWorkspace(before);
    const key = await buildApiKey(before, { workspaceId: workspace.id });
    await putSmsProviderSettings(before, {
      workspaceId: workspace.id,
      body: { accountSid: ACCOUNT, authToken: TOKEN },
      by: { type: 'api_key', apiKeyId: key.apiKey.id },
    });
    await twilio.close();
    return workspace.id;
  }

  it('reseals the token under the new APP_SECRET, after which only the new one is needed', async () => {
    database = await createTestDatabase();
    const workspaceId = await seed(database);
    await expectResealedOnce(database, COLUMN);

    const after = contextOver(database, { APP_SECRET: NEW });
    expect(await loadWorkspaceTwilio(after, workspaceId)).toEqual({ accountSid: ACCOUNT, authToken: TOKEN });
    const section = await findSmsProviderSection(after.db, workspaceId);
    expect(() => decryptSecret(OLD, section?.authTokenSealed ?? '')).toThrow(SealedSecretError);
  });

  it('stops on a token no configured secret opens, naming the column and the workspace', async () => {
    database = await createTestDatabase();
    const workspaceId = await seed(database);
    const rotating = contextOver(database, { APP_SECRET: NEW, APP_SECRET_PREVIOUS: WRONG });
    const failure = await rotateSecrets(rotating.db, rotating.config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RotationError);
    expect(failure).toMatchObject({ column: COLUMN, rowId: workspaceId });
  });
});

import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/platform/config.js';
import { decryptSecret, encryptSecret, SealedSecretError, sealedKeyId } from '../../src/platform/crypto.js';
import { deriveKey, keyIdOf } from '../../src/platform/keyring.js';
import { RotationError, rotateSecrets } from '../../src/platform/secrets-rotation.js';
import { openCredentials, sealCredentials } from '../../src/scheduling/calendars/credentials.js';
import { ensureDemoWorkspace } from '../../src/workspaces/demo.service.js';
import { runCli } from '../helpers/cli.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../helpers/db.js';
import { buildUser, buildWorkspace } from '../helpers/factories.js';
import {
  contextOver,
  NEW_APP_SECRET as NEW,
  OLD_APP_SECRET as OLD,
  WRONG_APP_SECRET as WRONG,
} from '../helpers/secrets.js';

/** loadConfig keeps generated keys in DATA_DIR: never the checkout. */
const SCRATCH_DIR = mkdtempSync(path.join(os.tmpdir(), 'cc-config-'));

/** How values were sealed before key ids: `v1.<iv>.<tag>.<ciphertext>`. */
function sealV1(appSecret: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(appSecret, 'secrets-at-rest'), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

describe('sealed secrets', () => {
  it('name their key, open with a previous secret, and still open the v1 format', () => {
    const sealed = encryptSecret(OLD, 'hunter2');
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealedKeyId(sealed)).toBe(keyIdOf(deriveKey(OLD, 'secrets-at-rest')));
    expect(decryptSecret({ appSecret: NEW, appSecretPrevious: [OLD] }, sealed)).toBe('hunter2');
    expect(decryptSecret({ appSecret: NEW, appSecretPrevious: [WRONG, OLD] }, sealV1(OLD, 'v1 value'))).toBe(
      'v1 value',
    );
    expect(() => decryptSecret(NEW, sealed)).toThrow(/APP_SECRET_PREVIOUS/);
    expect(() => decryptSecret({ appSecret: NEW, appSecretPrevious: [WRONG] }, sealV1(OLD, 'x'))).toThrow(
      SealedSecretError,
    );
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => decryptSecret(OLD, tampered)).toThrow(/damaged/);
    expect(() => decryptSecret(OLD, 'not sealed')).toThrow(/Unrecognised/);
  });

  it('APP_SECRET_PREVIOUS takes several secrets and refuses short ones, naming the variable', () => {
    const config = loadConfig({
      DATA_DIR: SCRATCH_DIR,
      APP_SECRET: NEW,
      APP_SECRET_PREVIOUS: `${OLD}, ${WRONG}`,
    });
    expect(config.appSecretPrevious).toEqual([OLD, WRONG]);
    expect(() =>
      loadConfig({ DATA_DIR: SCRATCH_DIR, APP_SECRET: NEW, APP_SECRET_PREVIOUS: 'short' }),
    ).toThrow(/APP_SECRET_PREVIOUS/);
  });
});

describe('secrets rotate', () => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  async function seed(db: TestDatabase) {
    const before = contextOver(db, { APP_SECRET: OLD });
    const demo = await ensureDemoWorkspace(before);
    const workspace = await buildWorkspace(before);
    const agent = await buildUser(before, { workspaceId: workspace.id, role: 'agent' });
    const at = new Date().toISOString();
    const connection = {
      workspaceId: workspace.id,
      userId: agent.user.id,
      kind: 'caldav' as const,
      label: 'Work',
      settings: JSON.stringify({ serverUrl: 'http://127.0.0.1:9/' }),
      feedTokenHash: null,
      status: 'active' as const,
      lastError: null,
      lastSyncedAt: null,
      createdBy: null,
      createdAt: at,
      updatedAt: at,
    };
    await before.db
      .insertInto('calendarConnections')
      .values([
        { ...connection, id: 'conn-v2', credentials: sealCredentials(OLD, { password: 'caldav-pass' }) },
        {
          ...connection,
          id: 'conn-v1',
          credentials: sealV1(OLD, JSON.stringify({ password: 'legacy-pass' })),
        },
        { ...connection, id: 'conn-none', credentials: null },
      ])
      .execute();
    await before.db
      .insertInto('calendarOauthStates')
      .values({
        id: 'state-1',
        workspaceId: workspace.id,
        userId: agent.user.id,
        requestedBy: null,
        codeVerifier: encryptSecret(OLD, 'pkce-verifier'),
        expiresAt: at,
        createdAt: at,
      })
      .execute();
    await before.db
      .insertInto('leadSources')
      .values({
        id: 'meta-source-1',
        workspaceId: workspace.id,
        kind: 'meta',
        name: 'Facebook lead ads',
        enabled: 1,
        tokenHash: null,
        tokenHint: null,
        verifyTokenHash: null,
        keyHash: null,
        externalAccount: '1234567',
        secretsSealed: encryptSecret(
          OLD,
          JSON.stringify({ appSecret: 'app', pageAccessToken: 'page-token' }),
        ),
        settings: '{}',
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    await before.db
      .insertInto('privacyRequests')
      .values({
        id: 'request-1',
        workspaceId: workspace.id,
        contactId: null,
        kind: 'access',
        jurisdiction: 'gdpr',
        status: 'verified',
        channel: 'web',
        identifierKind: 'email',
        identifierSealed: encryptSecret(OLD, 'person@example.com'),
        identifierHash: 'hash',
        noteSealed: sealV1(OLD, 'please send everything'),
        ticketHash: null,
        codeHash: null,
        codeExpiresAt: null,
        codeAttempts: 0,
        codeMessageId: null,
        acknowledgeBy: null,
        dueAt: at,
        verifiedAt: at,
        completedAt: null,
        rejectedReason: null,
        createdBy: null,
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    await before.db
      .insertInto('a2pRegistrations')
      .values({
        workspaceId: workspace.id,
        brand: '{}',
        einSealed: encryptSecret(OLD, '12-3456789'),
        status: 'draft',
        enforce: 0,
        errors: '[]',
        createdAt: at,
        updatedAt: at,
      })
      .execute();
    return demo;
  }

  it('reseals every secret under the new APP_SECRET, after which the app needs only the new one', async () => {
    database = await createTestDatabase();
    const demo = await seed(database);

    const rotating = contextOver(database, { APP_SECRET: NEW, APP_SECRET_PREVIOUS: OLD });
    const outcome = await rotateSecrets(rotating.db, rotating.config);
    expect(outcome.columns).toEqual([
      { column: 'calendar_connections.credentials', examined: 2, resealed: 2 },
      { column: 'calendar_oauth_states.code_verifier', examined: 1, resealed: 1 },
      { column: 'workspaces.settings (demo credentials)', examined: 2, resealed: 2 },
      { column: 'privacy_requests.identifier_sealed, note_sealed', examined: 2, resealed: 2 },
      { column: 'workspaces.settings (SMS provider auth tokens)', examined: 0, resealed: 0 },
      { column: 'workspaces.settings (AI provider keys)', examined: 0, resealed: 0 },
      { column: 'lead_sources.secrets_sealed', examined: 1, resealed: 1 },
      { column: 'webhook_endpoints.secret_sealed, previous_secret_sealed', examined: 0, resealed: 0 },
      { column: 'fub_connections.api_key_sealed, system_key_sealed', examined: 0, resealed: 0 },
      { column: 'a2p_registrations.ein_sealed', examined: 1, resealed: 1 },
    ]);
    expect(outcome.resealed).toBe(9);
    // A second run finds everything under the current key already.
    expect((await rotateSecrets(rotating.db, rotating.config)).resealed).toBe(0);

    const after = contextOver(database, { APP_SECRET: NEW });
    const source = await after.db
      .selectFrom('leadSources')
      .select('secretsSealed')
      .where('id', '=', 'meta-source-1')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(decryptSecret(after.config, source.secretsSealed ?? ''))).toEqual({
      appSecret: 'app',
      pageAccessToken: 'page-token',
    });
    const rows = await after.db
      .selectFrom('calendarConnections')
      .select(['id', 'credentials'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => (r.credentials ? openCredentials(after.config, r.credentials) : null))).toEqual([
      null,
      { password: 'legacy-pass' },
      { password: 'caldav-pass' },
    ]);
    const state = await after.db
      .selectFrom('calendarOauthStates')
      .select('codeVerifier')
      .executeTakeFirstOrThrow();
    expect(decryptSecret(after.config, state.codeVerifier)).toBe('pkce-verifier');
    expect(() => decryptSecret(OLD, state.codeVerifier)).toThrow(SealedSecretError);
    const request = await after.db
      .selectFrom('privacyRequests')
      .select(['identifierSealed', 'noteSealed'])
      .executeTakeFirstOrThrow();
    expect(decryptSecret(after.config, request.identifierSealed ?? '')).toBe('person@example.com');
    expect(decryptSecret(after.config, request.noteSealed ?? '')).toBe('please send everything');
    const brand = await after.db.selectFrom('a2pRegistrations').select('einSealed').executeTakeFirstOrThrow();
    expect(decryptSecret(after.config, brand.einSealed ?? '')).toBe('12-3456789');

    // The demo hands back the same credentials, which still sign in and still call the API.
    const again = await ensureDemoWorkspace(after);
    expect(again).toMatchObject({ workspaceId: demo.workspaceId, apiKey: demo.apiKey, login: demo.login });
    const app = await buildApp(after);
    try {
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: demo.login });
      expect(signIn.statusCode).toBe(200);
      const leads = await app.inject({
        method: 'GET',
        url: '/api/v1/leads',
        headers: { authorization: `Bearer ${demo.apiKey}` },
      });
      expect(leads.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('stops with a clear error and changes nothing in the table when the previous secret is wrong', async () => {
    database = await createTestDatabase();
    await seed(database);
    const before = await database.db
      .selectFrom('calendarConnections')
      .select('credentials')
      .orderBy('id')
      .execute();
    const wrong = contextOver(database, { APP_SECRET: NEW, APP_SECRET_PREVIOUS: WRONG });
    const failure = await rotateSecrets(wrong.db, wrong.config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RotationError);
    expect((failure as RotationError).message).toMatch(
      /^calendar_connections\.credentials of row conn-v\d: .*APP_SECRET_PREVIOUS/,
    );
    expect(
      await database.db.selectFrom('calendarConnections').select('credentials').orderBy('id').execute(),
    ).toEqual(before);
  });

  it.skipIf(testDialect() === 'postgres')(
    'runs as `closing-cloud secrets rotate --json`',
    async () => {
      database = await createTestDatabase();
      await seed(database);
      const env = { DATA_DIR: database.dataDir, NODE_ENV: 'test' };
      const failed = await runCli(['secrets', 'rotate', '--json'], {
        ...env,
        APP_SECRET: NEW,
        APP_SECRET_PREVIOUS: WRONG,
      });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toMatch(/secrets rotate stopped: .*APP_SECRET_PREVIOUS/);
      const run = await runCli(['secrets', 'rotate', '--json'], {
        ...env,
        APP_SECRET: NEW,
        APP_SECRET_PREVIOUS: OLD,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ examined: 9, resealed: 9 });
    },
    90_000,
  );
});

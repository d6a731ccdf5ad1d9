import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findWorkspaceBySlug } from '../../src/workspaces/workspaces.repository.js';
import { TEST_APP_SECRET } from '../helpers/app.js';
import { createTestDatabase, type TestDatabase, testDialect } from '../helpers/db.js';
import { runCli, type ServiceEnv, startService } from '../helpers/service-process.js';

/** `start` on a fresh database: whether it makes the demo workspace, and what it prints about it. */
describe(`closing-cloud start and the demo workspace (${testDialect()})`, () => {
  let database: TestDatabase;
  let env: ServiceEnv;
  beforeEach(async () => {
    database = await createTestDatabase();
    env = {
      DATA_DIR: database.dataDir,
      APP_SECRET: TEST_APP_SECRET,
      LOG_LEVEL: 'info',
      ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    };
  });
  afterEach(() => database.cleanup());

  /** Starts, waits until it answers, stops: everything it wrote. */
  const start = async (...args: string[]) => {
    const service = await startService(env, 30_000, args);
    try {
      expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    } finally {
      await service.stop();
    }
    return service.output();
  };
  const demoExists = async () => (await findWorkspaceBySlug(database.db, 'demo')) !== undefined;
  const demoCredentials = async () => {
    const run = await runCli(['demo', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { apiKey: string; login: { password: string } };
  };

  it.runIf(testDialect() === 'postgres')('makes no demo workspace on PostgreSQL unless asked', async () => {
    const output = await start();
    expect(output).not.toMatch(/Demo sign-in|Demo workspace|password|cc_[A-Za-z0-9]/);
    expect(await demoExists()).toBe(false);
  });

  it.runIf(testDialect() === 'sqlite')(
    'makes the demo workspace on the embedded SQLite by default',
    async () => {
      const output = await start();
      expect(output).toMatch(/Demo sign-in: \S+ \/ \S+/);
      expect(await demoExists()).toBe(true);
      const { apiKey, login } = await demoCredentials();
      expect(output).toContain(login.password);
      expect(output).not.toContain(apiKey);
    },
  );

  it('with --demo, shows the sign-in once and the API key never', async () => {
    const first = await start('--demo');
    expect(await demoExists()).toBe(true);
    const { apiKey, login } = await demoCredentials();
    expect(first).toContain(`Demo sign-in: owner@demo.example / ${login.password}`);
    expect(first).not.toContain(apiKey);
    const again = await start('--demo');
    expect(again).toContain('Demo workspace: `npx closing-cloud demo --json`');
    expect(again).not.toContain(login.password);
    expect(again).not.toContain(apiKey);
  });

  it('with --no-demo, makes none', async () => {
    const output = await start('--no-demo');
    expect(output).not.toMatch(/Demo sign-in|Demo workspace/);
    expect(await demoExists()).toBe(false);
  });
});

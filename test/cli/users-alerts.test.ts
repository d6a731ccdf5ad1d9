import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/service-process.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cc-cli-alerts-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('closing-cloud users: mobile phone and alert channels', () => {
  it('sets them when creating a user and changes them later, reading numbers in the workspace region', {
    timeout: 240_000,
  }, async () => {
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const created = await runCli(['workspaces', 'create', '--name', 'Alert Homes', '--json'], env, 60_000);
    expect(created.code, created.stderr).toBe(0);
    const { workspaceId } = JSON.parse(created.stdout);
    const email = 'agent@alert-homes.example';
    const user = await runCli(
      [
        'users',
        'create',
        '--workspace',
        workspaceId,
        '--email',
        email,
        '--name',
        'Alex Agent',
        '--mobile-phone',
        '(512) 555-0150',
        '--alerts',
        'push,sms',
        '--json',
      ],
      env,
      60_000,
    );
    expect(user.code, user.stderr).toBe(0);

    const show = (args: string[]) =>
      runCli(
        ['users', 'alerts', '--workspace', workspaceId, '--email', email, ...args, '--json'],
        env,
        60_000,
      );
    const changed = await show(['--alerts', 'email']);
    expect(changed.code, changed.stderr).toBe(0);
    expect(JSON.parse(changed.stdout)).toMatchObject({ mobilePhone: '+15125550150', alertChannels: 'email' });

    const cleared = await show(['--mobile-phone', 'none', '--alerts', 'default']);
    expect(JSON.parse(cleared.stdout)).toMatchObject({ mobilePhone: null, alertChannels: 'default' });

    const bad = await show(['--mobile-phone', '555-01']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/not a valid phone number/);
    const unknown = await show(['--alerts', 'fax']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/--alerts takes push, sms, email/);
  });
});

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cc-vapid-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'push-config-test-secret-0123456789abcdef';

describe('Web Push settings', () => {
  it('makes one VAPID key pair in DATA_DIR, private to the owner, and keeps it across starts', () => {
    const dir = freshDir();
    const first = loadConfig({ DATA_DIR: dir, APP_SECRET: SECRET });
    const again = loadConfig({ DATA_DIR: dir, APP_SECRET: SECRET });
    expect(again.push.vapidPublicKey).toBe(first.push.vapidPublicKey);
    expect(again.push.vapidPrivateKey).toBe(first.push.vapidPrivateKey);
    expect(Buffer.from(first.push.vapidPublicKey, 'base64url')).toHaveLength(65);
    expect(Buffer.from(first.push.vapidPrivateKey, 'base64url')).toHaveLength(32);
    const file = path.join(dir, 'vapid-keys.json');
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).publicKey).toBe(first.push.vapidPublicKey);
    expect(first.push.subject).toBe('mailto:alerts@localhost');
    expect(loadConfig({ DATA_DIR: freshDir(), APP_SECRET: SECRET }).push.vapidPublicKey).not.toBe(
      first.push.vapidPublicKey,
    );
  });

  it('takes keys and a subject from the environment, both keys or neither', () => {
    const keys = loadConfig({ DATA_DIR: freshDir(), APP_SECRET: SECRET }).push;
    const given = loadConfig({
      DATA_DIR: freshDir(),
      APP_SECRET: SECRET,
      VAPID_PUBLIC_KEY: keys.vapidPublicKey,
      VAPID_PRIVATE_KEY: keys.vapidPrivateKey,
      VAPID_SUBJECT: 'https://homes.example.com',
      PUBLIC_URL: 'https://leads.example.com',
    });
    expect(given.push).toMatchObject({
      vapidPublicKey: keys.vapidPublicKey,
      subject: 'https://homes.example.com',
    });
    expect(
      loadConfig({ DATA_DIR: freshDir(), APP_SECRET: SECRET, PUBLIC_URL: 'https://leads.example.com' }).push
        .subject,
    ).toBe('https://leads.example.com');
    expect(() =>
      loadConfig({ DATA_DIR: freshDir(), APP_SECRET: SECRET, VAPID_PUBLIC_KEY: keys.vapidPublicKey }),
    ).toThrow(/VAPID_PRIVATE_KEY: required with VAPID_PUBLIC_KEY/);
    expect(() =>
      loadConfig({ DATA_DIR: freshDir(), APP_SECRET: SECRET, VAPID_SUBJECT: 'http://x.example' }),
    ).toThrow(ConfigError);
  });

  it('allows loopback http push endpoints only in tests', () => {
    expect(() =>
      loadConfig({ DATA_DIR: freshDir(), APP_SECRET: SECRET, PUSH_ALLOW_LOOPBACK_HTTP: 'true' }),
    ).toThrow(/PUSH_ALLOW_LOOPBACK_HTTP: only for tests/);
    const test = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: freshDir(),
      APP_SECRET: SECRET,
      PUSH_ALLOW_LOOPBACK_HTTP: 'true',
    });
    expect(test.push.allowLoopbackHttp).toBe(true);
  });

  it('never logs an agent phone, a push endpoint or a VAPID private key', () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination: stream });
    logger.info(
      {
        mobilePhone: '+447911123456',
        endpoint: 'https://push.example.com/send/secret-capability',
        vapidPrivateKey: 'private-key-material',
        userId: 'u1',
      },
      'alert settings',
    );
    const out = lines.join('');
    expect(out).not.toMatch(/7911123456|secret-capability|private-key-material/);
    expect(out).toContain('u1');
  });
});

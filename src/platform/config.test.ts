import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readDotEnv } from './config.js';

const tempDir = () => mkdtempSync(path.join(os.tmpdir(), 'cc-config-'));

describe('config', () => {
  it('starts with nothing set: embedded defaults and a generated secret stored under DATA_DIR', () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sms.provider).toBe('sandbox');
    expect(config.llm.provider).toBe('none');
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.secureCookies).toBe(false);
    const stored = readFileSync(path.join(dataDir, 'app-secret'), 'utf8').trim();
    expect(config.appSecret).toBe(stored);
    expect(statSync(path.join(dataDir, 'app-secret')).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).appSecret).toBe(stored);
  });

  it('is frozen', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.worker)).toBe(true);
  });

  it('names the variable that is wrong', () => {
    const dataDir = tempDir();
    expect(() => loadConfig({ DATA_DIR: dataDir, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: dataDir, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATA_DIR: dataDir, APP_SECRET: 'short' })).toThrow(/APP_SECRET/);
    expect(() => loadConfig({ DATA_DIR: dataDir, SMS_PROVIDER: 'twilio' })).toThrow(/TWILIO_ACCOUNT_SID/);
    expect(() => loadConfig({ DATA_DIR: dataDir, LLM_PROVIDER: 'openai' })).toThrow(/LLM_MODEL/);
    try {
      loadConfig({ DATA_DIR: dataDir, PORT: '-1', LOG_LEVEL: 'loud' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join('\n')).toMatch(/PORT[\s\S]*LOG_LEVEL/);
    }
  });

  it('takes an SMTP server for team email, and a sender that defaults to the public host', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir }).email).toEqual({
      smtpUrl: undefined,
      from: 'Closing Cloud <no-reply@localhost>',
    });
    const config = loadConfig({
      DATA_DIR: dataDir,
      SMTP_URL: 'smtps://user:pass@mail.example:465',
      SMTP_FROM: 'Hill Country Homes <leads@hch.example>',
    });
    expect(config.email).toEqual({
      smtpUrl: 'smtps://user:pass@mail.example:465',
      from: 'Hill Country Homes <leads@hch.example>',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir, SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ DATA_DIR: dataDir, SMTP_FROM: 'not an address' })).toThrow(/SMTP_FROM/);
  });

  it('takes a Google OAuth client as a pair, with Google’s endpoints unless told otherwise', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir }).google).toEqual({
      clientId: undefined,
      clientSecret: undefined,
      oauthBaseUrl: undefined,
      apiBaseUrl: 'https://www.googleapis.com',
    });
    const config = loadConfig({
      DATA_DIR: dataDir,
      GOOGLE_CLIENT_ID: 'id.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 'secret',
      GOOGLE_OAUTH_BASE_URL: 'http://127.0.0.1:9000/',
      GOOGLE_API_BASE_URL: 'http://127.0.0.1:9001/',
    });
    expect(config.google).toMatchObject({
      oauthBaseUrl: 'http://127.0.0.1:9000',
      apiBaseUrl: 'http://127.0.0.1:9001',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir, GOOGLE_CLIENT_ID: 'id' })).toThrow(/GOOGLE_CLIENT_SECRET/);
    expect(() => loadConfig({ DATA_DIR: dataDir, GOOGLE_CLIENT_SECRET: 's' })).toThrow(/GOOGLE_CLIENT_ID/);
    expect(() => loadConfig({ DATA_DIR: dataDir, GOOGLE_API_BASE_URL: 'not a url' })).toThrow(
      /GOOGLE_API_BASE_URL/,
    );
  });

  it('marks cookies Secure behind an https PUBLIC_URL', () => {
    const config = loadConfig({ DATA_DIR: tempDir(), PUBLIC_URL: 'https://leads.example.com/' });
    expect(config.publicUrl).toBe('https://leads.example.com');
    expect(config.secureCookies).toBe(true);
  });

  it('reads a .env file without overriding what is already set', () => {
    const dir = tempDir();
    const file = path.join(dir, '.env');
    writeFileSync(file, '# comment\nPORT=4100\nexport HOST="127.0.0.1"\nLOG_LEVEL=warn # trailing\n');
    const values = readDotEnv(file);
    expect(values).toEqual({ PORT: '4100', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
    const config = loadConfig({ ...values, PORT: '5000', DATA_DIR: dir });
    expect(config.port).toBe(5000);
    expect(config.host).toBe('127.0.0.1');
  });
});

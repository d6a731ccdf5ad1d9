import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helpers/app.js';
import { installErrorHandler } from './error-handler.js';
import { webRoutes } from './web.routes.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };

async function dashboardOver(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  installErrorHandler(app);
  app.get('/api/v1/thing', async () => ({ ok: true }));
  app.get('/f/:slug', async () => 'form');
  await app.register(webRoutes, { ctx: {} as never, root });
  return app;
}

describe('the dashboard files', () => {
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cc-web-'));
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(root, 'assets', 'index-CDsy7vGb.js'), 'console.log(1)');
    writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
    writeFileSync(path.join(root, '.secret'), 'hidden');
    app = await dashboardOver(root);
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and at any page address a browser asks for, never cached stale', async () => {
    for (const url of ['/', '/inbox', '/leads/01HXYZ?tab=notes', '/settings/phone-numbers']) {
      const response = await app.inject({ url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('gives hashed assets a year of immutable caching, and other files a revalidation', async () => {
    const asset = await app.inject({ url: '/assets/index-CDsy7vGb.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toBe('console.log(1)');
    const plain = await app.inject({ url: '/favicon.svg' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['cache-control']).toBe('public, max-age=0');
  });

  it('keeps the JSON 404 for the API, missing assets, dotfiles and requests that do not want a page', async () => {
    const cases = [
      { url: '/api/v1/nothing', headers: HTML },
      { url: '/api/docs-nothing', headers: HTML },
      { url: '/assets/missing-AAAAAAAA.js', headers: HTML },
      { url: '/healthz/x', headers: HTML },
      { url: '/webhooks/nothing', headers: HTML },
      { url: '/.secret', headers: {} },
      { url: '/%2e%2e/etc/passwd', headers: {} },
      { url: '/inbox', headers: { accept: 'application/json' } },
    ];
    for (const { url, headers } of cases) {
      const response = await app.inject({ url, headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: { code: 'route_not_found' } });
    }
    expect((await app.inject({ url: '/api/v1/thing', headers: HTML })).json()).toEqual({ ok: true });
    expect((await app.inject({ url: '/f/abc', headers: HTML })).body).toBe('form');
  });

  it('says how to build the dashboard when it has not been built', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'cc-web-empty-'));
    const bare = await dashboardOver(empty);
    try {
      const response = await bare.inject({ url: '/inbox', headers: HTML });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('npm run build');
      expect(response.body).not.toContain('<script');
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the dashboard inside the app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('answers pages with the CSP that forbids inline scripts, and leaves the API and public pages alone', async () => {
    const page = await t.app.inject({ url: '/inbox', headers: HTML });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const api = await t.app.inject({ url: '/api/v1/no-such-thing', headers: HTML });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'route_not_found' } });
    expect((await t.app.inject({ url: '/api/v1/leads', headers: HTML })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});

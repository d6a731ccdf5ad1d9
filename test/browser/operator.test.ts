/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/service-process.js';
import { newContext, openBrowser, type RunningService, screenshot, startService } from './harness.js';

describe('the operator console in the dashboard', () => {
  let service: RunningService;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    service = await startService();
    await service.api('POST', '/sandbox/inbound', {
      from: '+15125550191',
      body: 'Is 4 Oak Lane still for sale?',
    });
    const login = { email: 'operator@agency.example', password: 'operator-browser-password' };
    const created = await runCli(
      [
        'users',
        'create',
        '--operator',
        '--email',
        login.email,
        '--name',
        'Ops',
        '--password',
        login.password,
      ],
      service.env,
      60_000,
    );
    expect(created.code, created.stderr).toBe(0);
    browser = await openBrowser();
    page = await (await newContext(browser, service.url)).newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(login.email);
    await page.getByLabel('Password').fill(login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const demoRow = () => page.getByRole('row').filter({ hasText: 'Demo Realty' });

  it("lists the demo workspace with this month's lead and its rates", async () => {
    await page.goto('/workspaces');
    await page.getByRole('heading', { name: 'Workspaces' }).waitFor();
    const row = demoRow().first();
    await row.waitFor();
    await expect.poll(async () => row.textContent()).toContain('1 leads');
    expect(await row.textContent()).toContain('not started');
    await screenshot(page, 'operator-console');
  });

  it('suspends the workspace, whose API key is then refused, and resumes it', async () => {
    const row = demoRow().first();
    await row.getByRole('button', { name: /^Suspend / }).click();
    await row.getByRole('button', { name: /^Resume / }).waitFor();
    expect(await row.textContent()).toContain('suspended');
    await expect(service.api('GET', '/leads')).rejects.toThrow(/403/);
    await row.getByRole('button', { name: /^Resume / }).click();
    await row.getByRole('button', { name: /^Suspend / }).waitFor();
    await expect(service.api('GET', '/leads')).resolves.toBeTruthy();
  });
});

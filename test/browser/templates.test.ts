/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/service-process.js';
import { newContext, openBrowser, type RunningService, screenshot, startService } from './harness.js';

describe('workspace templates in the operator console', () => {
  let service: RunningService;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    service = await startService();
    await service.createWorkspaceOwner('Target Realty');
    const login = { email: 'templates-operator@agency.example', password: 'templates-browser-password' };
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

  it('saves the demo workspace as a template', async () => {
    await page.goto('/workspaces');
    await page.getByRole('heading', { name: 'Templates' }).waitFor();
    await page.getByLabel('Workspace to save').selectOption({ label: 'Demo Realty' });
    await page.getByLabel('Template name').fill('Agency starter');
    await page.getByRole('button', { name: 'Save template' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved Agency starter v1' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Agency starter v1' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/appointment types/);
  });

  it('previews what applying would change in another workspace, applies it, and then nothing is left', async () => {
    await page.getByRole('checkbox', { name: 'Target Realty' }).check();
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const preview = page.getByRole('article', { name: 'Preview for Target Realty' });
    await preview.waitFor();
    expect(await preview.textContent()).toContain('never applied');
    expect(await preview.getByRole('listitem').count()).toBeGreaterThan(0);
    await screenshot(page, 'operator-templates-preview');
    await page.getByRole('button', { name: 'Apply to 1 workspace' }).click();
    await page.getByRole('status').filter({ hasText: 'Applied to 1 of 1 workspaces' }).waitFor();
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const again = page.getByRole('article', { name: 'Preview for Target Realty' });
    await again.getByText('Already matches the template.').waitFor();
    expect(await again.textContent()).toContain('last got Agency starter v1');
  });

  it('creates a workspace from the template, listed in the console', async () => {
    await page.getByLabel('New workspace name').fill('Fresh Realty');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('status').filter({ hasText: 'Created Fresh Realty' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Fresh Realty' }).first().waitFor();
  });
});

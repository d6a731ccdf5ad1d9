import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openBrowser, type RunningService, signIn, startService } from './harness.js';

const LEADS = 10_000;

describe('the inbox with 10,000 leads', () => {
  let service: RunningService;
  let browser: Browser;

  beforeAll(async () => {
    service = await startService();
    const rows = Array.from(
      { length: LEADS },
      (_, i) => `Perf Lead ${i},perf-${i}@example.com,portal-${i % 7}`,
    );
    const response = await fetch(`${service.url}/api/v1/leads/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${service.demo.apiKey}`, 'content-type': 'text/csv' },
      body: ['name,email,source', ...rows].join('\n'),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    browser = await openBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  // How fast is measured by `npm run bench:inbox`; this checks that a full inbox works.
  it('shows the first page of 10,000 leads, searches, filters and pages on', async () => {
    const page = await (await newContext(browser, service.url)).newPage();
    await signIn(page, service.demo.login);
    await page.goto('/inbox');
    await page.locator('.lead-row').first().waitFor();
    expect(await page.locator('.lead-row').count()).toBe(50);

    await page.getByLabel('Search').fill('Perf Lead 4321');
    await expect.poll(() => page.locator('.lead-row').count()).toBe(1);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Source').fill('portal-3');
    await expect.poll(() => page.locator('.lead-row').count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.locator('.lead-row').count()).toBe(100);
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openBrowser, type RunningService, signIn, startService } from './harness.js';

const LEADS = 10_000;
/** The target on a quiet machine; CI shares its cores, so the test allows some headroom. */
const FIRST_LOAD_BUDGET_MS = Number(process.env.INBOX_BUDGET_MS ?? 1_500);

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

  it('shows the first page in well under the budget, and pages on', async () => {
    const page = await (await newContext(browser, service.url)).newPage();
    await signIn(page, service.demo.login);
    // A cold load of the inbox, as a reload or a new tab would do it.
    const started = Date.now();
    await page.goto('/inbox');
    await page.locator('.lead-row').first().waitFor();
    const elapsed = Date.now() - started;
    expect(await page.locator('.lead-row').count()).toBe(50);
    expect(elapsed, `first load took ${elapsed} ms`).toBeLessThan(FIRST_LOAD_BUDGET_MS);

    await page.getByLabel('Search').fill('Perf Lead 4321');
    await expect.poll(() => page.locator('.lead-row').count()).toBe(1);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Source').fill('portal-3');
    await expect.poll(() => page.locator('.lead-row').count()).toBe(50);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.locator('.lead-row').count()).toBe(100);
  });
});

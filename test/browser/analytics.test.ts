import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, screenshot, useDashboard } from './harness.js';

describe('analytics', () => {
  const dashboard = useDashboard({
    seed: async (service) => {
      for (const [i, source] of ['zillow', 'website', 'website'].entries()) {
        await service.api('POST', '/leads', {
          name: `Analytics Lead ${i}`,
          phone: `+1512555013${i}`,
          source,
          consent: {
            sms: true,
            disclosure: 'I agree to receive texts about my inquiry.',
            capturedAt: new Date().toISOString(),
          },
        });
      }
    },
  });
  let page: Page;
  beforeAll(() => {
    ({ page } = dashboard);
  });

  it('draws speed to lead, the funnel and daily traffic, each with its numbers', async () => {
    await page.goto('/analytics');
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await page.getByRole('img', { name: 'Leads by time to first response' }).waitFor();
    await page.getByRole('img', { name: 'Leads reaching each stage' }).waitFor();
    await page.getByRole('img', { name: /Messages and opt-outs per day/ }).waitFor();
    expect(await page.locator('.uplot canvas').count()).toBeGreaterThan(0);

    const newRow = page
      .getByRole('table', { name: 'Leads reaching each stage' })
      .getByRole('row', { name: /^New/ });
    expect(await newRow.textContent()).toContain('3');
    const bySource = page.getByRole('table', { name: 'Speed to lead by source' });
    await bySource.getByRole('row', { name: /website/ }).waitFor();
    await bySource.getByRole('row', { name: /zillow/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'analytics-desktop');
  });

  it('downloads the funnel as CSV for the same range', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV of the funnel' }).click(),
    ]);
    expect(download.url()).toMatch(/\/api\/v1\/analytics\/funnel\?from=.+&to=.+&format=csv$/);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    const lines = text.trim().split(/\r?\n/);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.join('\n')).toMatch(/new/);
  });

  it('refuses a range that ends before it starts', async () => {
    await page.getByLabel('From', { exact: true }).fill('2026-03-10');
    await page.getByLabel('To', { exact: true }).fill('2026-03-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('The end date is before the start date').waitFor();
  });

  it('fits a phone screen', async () => {
    await onPhone(dashboard, async (small) => {
      await small.goto('/analytics');
      await small.getByRole('img', { name: 'Leads reaching each stage' }).waitFor();
      await small.locator('.uplot canvas').first().waitFor();
      await screenshot(small, 'analytics-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
    });
  });
});

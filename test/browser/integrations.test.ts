import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, screenshot, useDashboard } from './harness.js';

describe('integrations', () => {
  const dashboard = useDashboard({ permissions: ['clipboard-read', 'clipboard-write'] });
  let page: Page;
  beforeAll(() => {
    ({ page } = dashboard);
  });

  it('adds a webhook endpoint and shows its signing secret once', async () => {
    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.waitForURL(/\/integrations$/);
    await page.getByRole('heading', { name: 'Outbound webhooks' }).waitFor();

    const form = page.getByRole('form', { name: 'Add a webhook endpoint' });
    await form.getByLabel('Endpoint URL').fill('not a url');
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByText('Enter a URL starting with https://').waitFor();

    // An address literal on the public internet: saved without a lookup, never called by this test.
    await form.getByLabel('Endpoint URL').fill('https://93.184.215.14/closing-cloud');
    await form.getByLabel('Description (optional)').fill('Our CRM');
    await form.getByLabel('New lead').check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();

    const secret = page.getByTestId('secret-value');
    await secret.waitFor();
    const shown = (await secret.textContent()) ?? '';
    expect(shown).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await page.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);

    const endpoint = page.getByRole('article', { name: 'Endpoint https://93.184.215.14/closing-cloud' });
    await endpoint.getByText(`secret …${shown.slice(-4)}`, { exact: false }).waitFor();
    await endpoint.getByText('New lead', { exact: false }).waitFor();
    await screenshot(page, 'integrations-webhook-secret-desktop');

    await page.getByRole('button', { name: 'I have copied it' }).click();
    await page.reload();
    await page.getByRole('article', { name: 'Endpoint https://93.184.215.14/closing-cloud' }).waitFor();
    expect(await page.getByTestId('secret-value').count()).toBe(0);
    expect(await page.content()).not.toContain(shown);

    await onPhone(dashboard, async (phone) => {
      await phone.goto('/integrations');
      await phone.getByRole('heading', { name: 'Outbound webhooks' }).waitFor();
      expect(await horizontalOverflow(phone)).toBe(0);
    });
  });
});

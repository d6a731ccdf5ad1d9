import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, type RunningService, screenshot, useDashboard } from './harness.js';

interface DncEntry {
  kind: string;
  display: string;
  note: string | null;
}

describe('compliance', () => {
  const dashboard = useDashboard({
    seed: async (service) => {
      await service.api('POST', '/leads', {
        name: 'Consenting Carla',
        phone: '+15125550161',
        source: 'website',
        consent: {
          sms: true,
          disclosure: 'I agree to receive texts about my inquiry from Demo Realty.',
          capturedAt: new Date().toISOString(),
          ip: '203.0.113.7',
        },
      });
      await service.api('POST', '/sandbox/inbound', { from: '+15125550161', body: 'STOP' });
    },
  });
  let service: RunningService;
  let page: Page;
  beforeAll(() => {
    ({ service, page } = dashboard);
  });

  it('shows the consent log with its evidence, and the opt-out', async () => {
    await page.goto('/compliance');
    await page.waitForURL(/\/compliance\/consent-log$/);
    const log = page.getByRole('table', { name: 'Consent log' });
    await log
      .getByRole('row', { name: /revoked/ })
      .first()
      .waitFor();
    const granted = log.getByRole('row', { name: /granted/ }).first();
    await granted.getByText('Evidence').click();
    await granted.getByText('I agree to receive texts about my inquiry from Demo Realty.').waitFor();
    await granted.getByText('203.0.113.7').waitFor();
    expect(await granted.getByRole('link', { name: 'Consenting Carla' }).getAttribute('href')).toMatch(
      /^\/leads\/[^/]+$/,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'compliance-consent-log-desktop');

    await page.getByRole('link', { name: 'Opt-outs' }).click();
    await page
      .getByRole('table', { name: 'Opt-outs' })
      .getByRole('row', { name: /Consenting Carla/ })
      .waitFor();
  });

  it('adds a number to the do-not-contact list and imports a file of them', async () => {
    await page.getByRole('link', { name: 'Do not contact' }).click();
    const input = page.getByLabel('Phone or email', { exact: true });
    await input.fill('12');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByText('That phone number is too short or too long').waitFor();

    await input.fill('+1 512 555 0188');
    await page.getByLabel('Note (optional)').fill('Asked on the phone');
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByText(/is on the list\./).waitFor();
    await page
      .getByRole('table', { name: 'Do-not-contact list' })
      .getByRole('row', { name: /Asked on the phone/ })
      .waitFor();
    const listed = await service.api<{ items: DncEntry[] }>('GET', '/do-not-contact');
    expect(listed.items.filter((e) => e.note === 'Asked on the phone')).toHaveLength(1);

    await page.getByLabel(/Import a file/).setInputFiles({
      name: 'dnc.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('+15125550191\nsomeone@example.com\nnot a number\n'),
    });
    await page.getByText(/Import of dnc\.csv: 2 added, 0 already listed, 1 not read\./).waitFor();
    const after = await service.api<{ items: DncEntry[] }>('GET', '/do-not-contact');
    expect(after.items.length).toBe(listed.items.length + 2);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'compliance-dnc-desktop');
  });

  it('fits a phone screen', async () => {
    await onPhone(dashboard, async (small) => {
      await small.goto('/compliance/do-not-contact');
      await small.getByRole('heading', { name: 'Do-not-contact list' }).waitFor();
      await screenshot(small, 'compliance-dnc-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
    });
  });
});

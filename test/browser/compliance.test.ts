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

  it('files a correction request for a lead, completes it, and restricts the lead from its screen', async () => {
    const { leadId } = await service.api<{ leadId: string }>('POST', '/leads', {
      name: 'Misspelt Corey',
      phone: '+15125550171',
      source: 'website',
    });
    await page.goto('/compliance');
    await page.getByRole('link', { name: 'Privacy requests' }).click();
    await page.getByRole('button', { name: 'File a request' }).click();
    const filing = page.getByRole('dialog', { name: 'File a privacy request' });
    await filing.getByLabel('Request', { exact: true }).selectOption('correction');
    await filing.getByLabel("The person's phone number").fill('+1 512 555 0171');
    await filing.getByLabel('Jurisdiction').selectOption('gdpr');
    await filing.getByRole('button', { name: 'File the request' }).click();

    const detail = page.getByRole('dialog', { name: 'Privacy request' });
    await detail.getByLabel('Corrected name').fill('Corey Corrected');
    await detail.getByRole('button', { name: 'Complete', exact: true }).click();
    await detail.getByTestId('request-status').getByText('completed').waitFor();
    await detail.getByText(/completed by /).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByRole('table', { name: 'Privacy requests' })
      .getByRole('row', { name: /Correction.*completed/ })
      .waitFor();

    await page.goto(`/leads/${leadId}`);
    await page.getByRole('heading', { name: 'Corey Corrected', level: 1 }).waitFor();
    const panel = page.getByRole('region', { name: 'Contact details' });
    await panel.getByRole('button', { name: 'Restrict processing' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restrict processing?' });
    await confirm.getByText(/no texts are sent, no calls are made/).waitFor();
    await confirm.getByRole('button', { name: 'Restrict processing' }).click();
    await panel.getByTestId('contact-restricted').waitFor();
    await panel.getByRole('button', { name: 'Lift restriction' }).waitFor();
    const lead = await service.api<{ contact: { name: string; restricted: boolean } }>(
      'GET',
      `/leads/${leadId}`,
    );
    expect(lead.contact).toMatchObject({ name: 'Corey Corrected', restricted: true });
  });

  it('fits a phone screen', async () => {
    await onPhone(dashboard, async (small) => {
      await small.goto('/compliance/do-not-contact');
      await small.getByRole('heading', { name: 'Do-not-contact list' }).waitFor();
      await screenshot(small, 'compliance-dnc-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);

      await small.getByRole('link', { name: 'Privacy requests' }).click();
      await small.getByRole('button', { name: /^Open/ }).first().click();
      await small
        .getByRole('dialog', { name: 'Privacy request' })
        .getByText(/by user/)
        .first()
        .waitFor();
      await screenshot(small, 'compliance-privacy-request-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
    });
  });
});

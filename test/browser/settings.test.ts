import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, type RunningService, screenshot, useDashboard } from './harness.js';

interface OutboxItem {
  to: string | null;
  body: string;
  kind: string;
}

describe('settings', () => {
  const dashboard = useDashboard({ permissions: ['clipboard-read', 'clipboard-write'] });
  let service: RunningService;
  let page: Page;
  beforeAll(() => {
    ({ service, page } = dashboard);
  });

  it('renames the assistant and the business, and the next text to a lead uses the new name', async () => {
    await page.goto('/settings');
    await page.waitForURL(/\/settings\/workspace$/);
    await page.getByRole('link', { name: 'Assistant & templates' }).click();
    await page.getByLabel("Assistant's name").fill('Avery');
    await page.getByLabel('Business name in texts').fill('Skyline Test Homes');
    await page.getByRole('button', { name: 'Save assistant settings' }).click();
    await page.getByText('Saved.').waitFor();

    const conversation = await service.api<{ assistantName: string | null }>('GET', '/conversation/settings');
    expect(conversation.assistantName).toBe('Avery');

    const lead = '+15125550142';
    await service.api('POST', '/sandbox/inbound', {
      from: lead,
      body: 'Hi, is the house on Elm St still available?',
    });
    await expect
      .poll(
        async () => {
          const outbox = await service.api<{ items: OutboxItem[] }>('GET', '/sandbox/outbox');
          return outbox.items.filter((m) => m.to === lead).map((m) => m.body);
        },
        { timeout: 20_000, interval: 250 },
      )
      .toContainEqual(expect.stringContaining('Skyline Test Homes'));
    await screenshot(page, 'settings-assistant-desktop');
  });

  it('shows a bad value next to its field, then saves quiet hours', async () => {
    await page.getByRole('link', { name: 'Quiet hours & caps' }).click();
    const cap = page.getByLabel('Automated texts per lead per 24 hours');
    await cap.fill('99');
    await page.getByRole('button', { name: 'Save quiet hours and caps' }).click();
    await page.getByText('From 1 to 50').waitFor();
    expect(await cap.getAttribute('aria-invalid')).toBe('true');

    await cap.fill('4');
    const own = page.getByLabel('Keep quiet hours of our own');
    if (!(await own.isChecked())) await own.check();
    await page.getByLabel('Quiet from').fill('20:00');
    await page.getByLabel('Until', { exact: true }).fill('09:30');
    await page.getByRole('button', { name: 'Save quiet hours and caps' }).click();
    await page.getByText('Saved.').waitFor();

    const messaging = await service.api<{ quietHours: unknown; contactDailyCap: number }>(
      'GET',
      '/messaging/settings',
    );
    expect(messaging.quietHours).toEqual({ start: '20:00', end: '09:30' });
    expect(messaging.contactDailyCap).toBe(4);
    await screenshot(page, 'settings-messaging-desktop');
  });

  it('creates an API key, shows it once, and the key works', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByLabel('Name of a new key').fill('Website');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = (await page.locator('.secret-value').textContent()) ?? '';
    expect(secret.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await page.getByText('Copied').waitFor();
    const answer = await fetch(`${service.url}/api/v1/leads?limit=1`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(answer.status).toBe(200);
    await page.getByRole('button', { name: 'I have saved it' }).click();
    await page.getByRole('row', { name: /Website/ }).waitFor();
    expect(await page.locator('.secret-value').count()).toBe(0);
  });

  it('adds an appointment type and gives the lead form embed code', async () => {
    await page.getByRole('link', { name: 'Appointment types' }).click();
    await page.getByRole('button', { name: 'New appointment type' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment type' });
    await dialog.getByLabel('Name').fill('Open house');
    await dialog.getByLabel('Length (minutes)').fill('42');
    await dialog.getByRole('button', { name: 'Save type' }).click();
    await dialog.getByText('A multiple of 5 minutes').waitFor();
    await dialog.getByLabel('Length (minutes)').fill('40');
    await dialog.getByRole('button', { name: 'Save type' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Open house/ }).waitFor();

    await page.getByRole('link', { name: 'Lead form' }).click();
    const code = await page.getByLabel('Embed code').inputValue();
    expect(code).toMatch(new RegExp(`^<iframe src="${service.url}/f/[a-z0-9-]+\\?source=website"`));
    const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
    expect((await fetch(src)).status).toBe(200);
    await screenshot(page, 'settings-lead-form-desktop');
  });

  it('opens every section, and tests the language model', async () => {
    const sections: Array<[string, string, string]> = [
      ['Workspace', 'Workspace', 'workspace'],
      ['Agents & roles', 'Agents and roles', 'people'],
      ['Phone numbers', 'Phone numbers', 'phone-numbers'],
      ['AI model', 'AI model', 'ai'],
      ['Calendars', 'Calendars', 'calendars'],
    ];
    for (const [link, heading, name] of sections) {
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, exact: true, level: 2 }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `settings-${name}-desktop`);
    }
    await page.getByRole('link', { name: 'AI model', exact: true }).click();
    await page.getByRole('button', { name: 'Test the model' }).click();
    // The service runs with LLM_PROVIDER=none: the test says so rather than failing silently.
    await page.getByText('The model did not answer.').waitFor();

    await page.getByRole('link', { name: 'Agents & roles', exact: true }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a person' });
    await dialog.getByLabel('Name').fill('Casey Closer');
    await dialog.getByLabel('Email').fill('casey@example.com');
    await dialog.getByLabel('First password').fill('short');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.getByText('At least 10 characters', { exact: true }).waitFor();
    await dialog.getByLabel('First password').fill('a long enough password');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /Casey Closer/ }).waitFor();
  });

  it('fits a phone screen', async () => {
    await onPhone(dashboard, async (small) => {
      await small.goto('/settings/messaging');
      await small.getByRole('heading', { name: 'Quiet hours and caps' }).waitFor();
      await screenshot(small, 'settings-messaging-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
    });
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  horizontalOverflow,
  newContext,
  PHONE_VIEWPORT,
  type RunningService,
  screenshot,
  signIn,
  useDashboard,
} from './harness.js';

const LEADS = 60;

describe('the inbox with a page of leads and more', () => {
  const rows = () => page.locator('.lead-row');

  // Email-only leads: nothing is texted, so the worker stays idle and the list stays as made.
  const dashboard = useDashboard({
    seed: async (service) => {
      for (let i = 0; i < LEADS; i += 1) {
        await service.api('POST', '/leads', {
          name: `Inbox Lead ${String(i).padStart(2, '0')}`,
          email: `inbox-lead-${i}@example.com`,
          source: i % 3 === 0 ? 'zillow' : 'website',
        });
      }
    },
  });
  let service: RunningService;
  let page: Page;
  beforeAll(() => {
    ({ service, page } = dashboard);
  });

  it('lists the newest first, a page at a time', async () => {
    await expect.poll(() => rows().count()).toBe(50);
    expect(await rows().first().locator('.lead-name').textContent()).toBe(`Inbox Lead ${LEADS - 1}`);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => rows().count()).toBe(LEADS);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    expect(await rows().last().locator('.lead-name').textContent()).toBe('Inbox Lead 00');
  });

  it('keeps the filters in the address: reload and back bring them back', async () => {
    await page.getByLabel('Source').fill('zillow');
    await page.waitForURL(/source=zillow/);
    await expect.poll(() => rows().count()).toBe(LEADS / 3);
    await page.getByLabel('Search').fill('Lead 03');
    await page.waitForURL(/q=Lead\+03|q=Lead%2003/);
    await expect.poll(() => rows().count()).toBe(1);
    await page.reload();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await page.getByLabel('Search').inputValue()).toBe('Lead 03');
    expect(await page.getByLabel('Source').inputValue()).toBe('zillow');

    await page.goto('/inbox?stage=qualified');
    expect(await page.getByLabel('Stage').inputValue()).toBe('qualified');
    await page.getByText('No leads match these filters').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.waitForURL(/\/inbox$/);
    await expect.poll(() => rows().count()).toBe(50);

    await page.getByLabel('Needs a human').check();
    await page.waitForURL(/needsHuman=true/);
    await page.getByText('No leads match these filters').waitFor();
    await page.goto('/inbox?stage=bogus&needsHuman=maybe');
    await expect.poll(() => rows().count()).toBe(50);
    expect(await page.getByLabel('Stage').inputValue()).toBe('');
  });

  it('opens a lead and comes back to the same filtered list', async () => {
    await page.goto('/inbox?source=website');
    await rows().first().waitFor();
    await rows().first().locator('a').click();
    await page.waitForURL(/\/leads\//);
    await page.goBack();
    await page.waitForURL(/source=website/);
    expect(await page.getByLabel('Source').inputValue()).toBe('website');
  });

  it('is usable at phone width: the navigation folds into a menu and nothing scrolls sideways', async () => {
    const phone = await newContext(dashboard.browser, service.url, PHONE_VIEWPORT);
    const small = await phone.newPage();
    await small.goto('/sign-in');
    await screenshot(small, 'sign-in-phone');
    await signIn(small, service.demo.login);
    await small.locator('.lead-row').first().waitFor();
    const nav = small.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    expect(await horizontalOverflow(small)).toBeLessThanOrEqual(0);
    await screenshot(small, 'inbox-phone', { fullPage: false });
    // The filters beyond the search fold behind a button at this width.
    const stage = small.getByLabel('Stage');
    expect(await stage.isVisible()).toBe(false);
    await small.getByRole('button', { name: 'Filters' }).click();
    await stage.selectOption('engaged');
    await small.waitForURL(/stage=engaged/);
    expect(await small.getByRole('button', { name: 'Filters (1)' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await small.goto('/inbox');
    await small.locator('.lead-row').first().waitFor();
    await small.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.isVisible()).toBe(true);
    await nav.getByRole('link', { name: 'Sandbox phone' }).click();
    await small.waitForURL(/\/sandbox$/);
    expect(await nav.isVisible()).toBe(false);
    await small.getByLabel('Text as the lead').waitFor();
    expect(await horizontalOverflow(small)).toBeLessThanOrEqual(0);
    await screenshot(small, 'sandbox-phone');
    await phone.close();
  });

  it('gives keyboard users a skip link to the content', async () => {
    await page.goto('/inbox');
    await rows().first().waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

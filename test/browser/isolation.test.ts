import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoWorkspace,
  newContext,
  openBrowser,
  type RunningService,
  signIn,
  startService,
} from './harness.js';

describe("another workspace's user in the dashboard", () => {
  let service: RunningService;
  let browser: Browser;
  let other: DemoWorkspace;
  let page: Page;
  let leadId: string;
  const leadPhone = '+15125550177';

  beforeAll(async () => {
    service = await startService();
    ({ leadId } = await service.api<{ leadId: string }>('POST', '/sandbox/inbound', {
      from: leadPhone,
      body: 'Private: I am selling 9 Elm Court',
    }));
    other = await service.createWorkspaceOwner('Other Realty');
    browser = await openBrowser();
    page = await (await newContext(browser, service.url)).newPage();
    await signIn(page, other.login);
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('sees an empty inbox, even when searching for the lead', async () => {
    await page.getByText('No leads yet').waitFor();
    await page.goto('/inbox?q=5550177');
    await page.getByText('No leads match these filters').waitFor();
    expect(await page.locator('.lead-row').count()).toBe(0);
  });

  it("gets 'not found' on the lead's address, from the page and from the API", async () => {
    await page.goto(`/leads/${leadId}`);
    await page.getByRole('heading', { name: 'Lead not found' }).waitFor();
    expect(await page.content()).not.toContain('9 Elm Court');
    const statuses = await page.evaluate(async (id) => {
      const paths = [`/api/v1/leads/${id}`, `/api/v1/leads/${id}/messages`, `/api/v1/leads/${id}/consent`];
      return Promise.all(paths.map(async (path) => (await fetch(path)).status));
    }, leadId);
    expect(statuses).toEqual([404, 404, 404]);
  });

  it("sees none of the other workspace's texts on its own sandbox phone", async () => {
    await page.goto('/sandbox');
    await page.getByLabel('Text as the lead').waitFor();
    const outbox = await page.evaluate(
      async () => (await (await fetch('/api/v1/sandbox/outbox')).json()) as unknown,
    );
    expect(JSON.stringify(outbox)).not.toContain('5550177');
    expect(await page.content()).not.toContain('9 Elm Court');
  });

  it('changes its password at /account, signs out, and signs in with the new one only', async () => {
    await page.goto('/account');
    await page.getByLabel('Current password').fill(other.login.password);
    await page.getByLabel('New password', { exact: true }).fill('a new long password');
    await page.getByLabel('Confirm the new password').fill('a new long password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/inbox');
    await page.waitForURL(/\/sign-in\?next=%2Finbox/);
    await page.getByLabel('Email').fill(other.login.email);
    await page.getByLabel('Password').fill(other.login.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email or password is wrong').waitFor();
    await signIn(page, { email: other.login.email, password: 'a new long password' });
  });
});

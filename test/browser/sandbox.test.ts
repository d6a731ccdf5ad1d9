import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContext, openBrowser, type RunningService, screenshot, signIn, startService } from './harness.js';

describe('the sandbox phone, the way a new user meets the product', () => {
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;
  let inbox: Page;
  let phone: Page;

  beforeAll(async () => {
    service = await startService();
    browser = await openBrowser();
    context = await newContext(browser, service.url);
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('refuses a wrong password with a message, then signs in', async () => {
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(service.demo.login.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('email or password is wrong');
    await screenshot(page, 'sign-in');
    await signIn(page, service.demo.login);
    inbox = page;
    await inbox.getByText('No leads yet').waitFor();
    await screenshot(inbox, 'inbox-empty');
  });

  it('leads from the empty inbox to the phone, texts as a lead and shows the replies', async () => {
    phone = await context.newPage();
    await phone.goto('/inbox');
    await phone.getByRole('link', { name: 'Open the sandbox phone' }).click();
    await phone.waitForURL(/\/sandbox$/);
    await phone.getByText(/^To \+1/).waitFor();
    await phone.getByLabel('Text as the lead').fill('Hi! Is the house on 12 Oak St still available?');
    await phone.getByRole('button', { name: 'Send' }).click();
    const screen = phone.getByRole('list', { name: 'Texts on this phone' });
    await screen.getByText('Is the house on 12 Oak St still available?').waitFor();
    // The first response and the assistant's first question come back to the phone.
    await expect
      .poll(() => screen.locator('.phone-bubble.theirs').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(1);
    await screenshot(phone, 'sandbox');
  });

  it('shows the new lead and its replies in the open inbox without a reload', async () => {
    const row = inbox.locator('.lead-row').first();
    await row.waitFor({ timeout: 30_000 });
    await expect.poll(() => row.locator('.lead-preview').textContent(), { timeout: 30_000 }).toContain('↳');
    expect(await inbox.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await screenshot(inbox, 'inbox');
  });

  it('answers as the lead, and the assistant answers back on the phone and in the thread', async () => {
    const screen = phone.getByRole('list', { name: 'Texts on this phone' });
    const before = await screen.locator('.phone-bubble.theirs').count();
    await phone.getByLabel('Text as the lead').fill('We want to buy in about 3 months, budget around $450k');
    await phone.keyboard.press('Enter');
    await expect
      .poll(() => screen.locator('.phone-bubble.theirs').count(), { timeout: 30_000 })
      .toBeGreaterThan(before);
    await phone.getByRole('link', { name: 'open the conversation' }).click();
    await phone.waitForURL(/\/leads\//);
    const thread = phone.getByRole('list', { name: 'Messages, oldest first' });
    await thread.getByText('We want to buy in about 3 months').waitFor();
    await expect.poll(() => thread.locator('[data-author="assistant"]').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => thread.locator('[data-author="lead"]').count()).toBe(2);
  });
});

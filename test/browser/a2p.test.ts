import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeA2p, startFakeA2p } from '../fakes/twilio-a2p.js';
import { newContext, openBrowser, type RunningService, screenshot, signIn, startService } from './harness.js';

const ACCOUNT_SID = `AC${'5e'.repeat(16)}`;
const AUTH_TOKEN = 'browser-a2p-auth-token-0123456789';
/** A submission makes a dozen calls to the fake: on a busy machine it takes more than the default second. */
const POLL = { timeout: 30_000 };

/**
 * Settings › Texting registration against the service on SMS_PROVIDER=twilio, whose registration calls reach a
 * protocol-level fake of Twilio's Trust Hub and Messaging APIs: the brand entered in the page, submitted,
 * the brand approved, the campaign rejected with 30842 and the advice shown; another workspace sees none of it.
 */
describe('texting registration', () => {
  let fake: FakeA2p;
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    fake = await startFakeA2p({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
    service = await startService({
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: ACCOUNT_SID,
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_API_BASE_URL: fake.baseUrl,
    });
    browser = await openBrowser();
    context = await newContext(browser, service.url);
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signIn(page, service.demo.login);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.stop();
    await fake?.close();
  });

  const status = () => page.getByTestId('a2p-status');
  let proofPath = '';

  it('enters the brand, submits it, and shows the rejection with its code and what to change', async () => {
    await page.goto('/settings/texting-registration');
    await expect.poll(() => status().textContent(), POLL).toBe('Not started');
    await page.getByLabel('Legal business name').fill('Sunrise Realty LLC');
    await page.getByLabel('EIN').fill('12-3456789');
    await page.getByLabel('Street address').fill('100 Congress Ave');
    await page.getByLabel('City').fill('Austin');
    await page.getByLabel('State').fill('TX');
    await page.getByLabel('ZIP code').fill('78701');
    await page.getByLabel('Website').fill('https://sunrise.example');
    await page.getByLabel('First name').fill('Dana');
    await page.getByLabel('Last name').fill('Reyes');
    await page.getByLabel('Email').fill('dana@sunrise.example');
    await page.getByLabel('Phone').fill('+15125550142');
    await page.getByLabel('Title').fill('Broker');
    await page.getByRole('button', { name: 'Save brand' }).click();
    await expect.poll(() => status().textContent(), POLL).toBe('Draft: not submitted');
    await expect.poll(() => page.getByText('Write-only: ends in 6789').count(), POLL).toBe(1);
    const proof = await page.getByRole('link', { name: /\/opt-in\// }).getAttribute('href');
    expect(proof).toMatch(/\/opt-in\//);
    proofPath = new URL(proof as string).pathname;

    await page.getByRole('button', { name: 'Submit to Twilio' }).click();
    await expect.poll(() => status().textContent(), POLL).toBe('In review');
    await page.getByText('Twilio is reviewing the brand.').waitFor();
    const [brand] = fake.made('BrandRegistrations');
    expect(brand).toBeTruthy();

    fake.reviewBrand(brand?.sid as string, { status: 'APPROVED' });
    await page.getByRole('button', { name: 'Check now' }).click();
    await page.getByText('The brand is approved; the campaign is in review.').waitFor();
    const [campaign] = fake.made('Usa2p');
    fake.reviewCampaign(campaign?.sid as string, {
      status: 'FAILED',
      errors: [{ error_code: 30842, description: 'Opt-in not provided', fields: ['MESSAGE_FLOW'] }],
    });
    await page.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => status().textContent(), POLL).toBe('Rejected');
    const rejection = page.getByRole('list', { name: 'What Twilio rejected' });
    await expect.poll(() => rejection.textContent(), POLL).toMatch(/Error 30842: Opt-in not provided/);
    expect(await rejection.textContent()).toMatch(/What to change: No public proof of opt-in/);
    await page.getByRole('button', { name: 'Submit again' }).waitFor();

    await page
      .getByLabel('Hold automated texts from US local numbers until the campaign is approved')
      .click();
    await expect
      .poll(async () => (await service.api<{ enforce: boolean }>('GET', '/a2p')).enforce, POLL)
      .toBe(true);
    await screenshot(page, 'a2p-rejected');
  });

  it('the opt-in proof opens without signing in: the form with its consent box, the disclosure, the SMS terms', async () => {
    const reviewer = await newContext(browser, service.url);
    try {
      const proof = await reviewer.newPage();
      const answer = await proof.goto(proofPath);
      expect(answer?.status()).toBe(200);
      await proof.getByRole('heading', { name: /Text messages from/ }).waitFor();
      expect(await proof.getByRole('checkbox', { name: /agree to receive text messages/ }).isChecked()).toBe(
        false,
      );
      expect(await proof.locator('#disclosure').textContent()).toMatch(
        /Reply STOP to opt out, HELP for help/,
      );
      await proof.getByRole('heading', { name: 'SMS terms' }).waitFor();
      await screenshot(proof, 'a2p-opt-in-proof', { fullPage: true });
    } finally {
      await reviewer.close();
    }
  });

  it("another workspace's owner sees only their own registration", async () => {
    const other = await service.createWorkspaceOwner('Other Homes');
    const otherContext = await newContext(browser, service.url);
    const otherPage = await otherContext.newPage();
    try {
      await signIn(otherPage, other.login);
      await otherPage.goto('/settings/texting-registration');
      await expect.poll(() => otherPage.getByTestId('a2p-status').textContent(), POLL).toBe('Not started');
      expect(await otherPage.getByText('Sunrise Realty LLC').count()).toBe(0);
    } finally {
      await otherContext.close();
    }
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../fakes/twilio/fake-twilio.js';
import { newContext, openBrowser, type RunningService, screenshot, signIn, startService } from './harness.js';

const ACCOUNT = { accountSid: `AC${'7e'.repeat(16)}`, authToken: 'voice-browser-token-0123456789' };
const OUR_NUMBER = '+15125550177';
/** The service and the browser share two busy cores: give each wait room. */
const WAIT = { timeout: 30_000 };

const VOICE_DISCLOSURE =
  'By checking this box, I agree that the Demo Realty may call me about my inquiry, including automated calls and calls with an artificial or AI-generated voice.';

/** A zone where it is the middle of the day now, so calling hours allow a call whenever the test runs. */
function middayZone(now = new Date()): string {
  const zones = [
    'Pacific/Kiritimati',
    'Pacific/Auckland',
    'Australia/Sydney',
    'Asia/Tokyo',
    'Asia/Shanghai',
    'Asia/Bangkok',
    'Asia/Dhaka',
    'Asia/Karachi',
    'Asia/Dubai',
    'Europe/Moscow',
    'Europe/Athens',
    'Europe/Paris',
    'Europe/London',
    'Atlantic/Azores',
    'America/Noronha',
    'America/Sao_Paulo',
    'America/Halifax',
    'America/New_York',
    'America/Chicago',
    'America/Denver',
    'America/Los_Angeles',
    'America/Anchorage',
    'Pacific/Honolulu',
    'Pacific/Pago_Pago',
  ];
  const hourIn = (zone: string) =>
    Number(
      new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(now),
    );
  const zone = zones.find((z) => hourIn(z) >= 11 && hourIn(z) <= 16);
  if (!zone) throw new Error('no zone at midday');
  return zone;
}

describe('calls in the dashboard', () => {
  let fake: FakeTwilio;
  let service: RunningService;
  let browser: Browser;
  let context: BrowserContext;
  let phone: Page;
  let conversation: Page;
  let leadId: string;

  beforeAll(async () => {
    fake = await startFakeTwilio({ ...ACCOUNT, numbers: [OUR_NUMBER] });
    service = await startService({ TWILIO_API_BASE_URL: fake.baseUrl });
    browser = await openBrowser();
    context = await newContext(browser, service.url);
    phone = await context.newPage();
    phone.setDefaultTimeout(30_000);
    await signIn(phone, service.demo.login);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.stop();
    await fake?.close();
  });

  it('plays a sandbox call from the page: the greeting and each answer stream in', async () => {
    await phone.goto('/sandbox');
    await phone.getByRole('link', { name: 'Call the assistant instead' }).click();
    await phone.waitForURL(/\/sandbox\/call$/);
    await phone.getByRole('button', { name: 'Start a call' }).click();
    await expect.poll(() => phone.getByTestId('call-status').textContent(), WAIT).toBe('On the call');
    const said = phone.getByRole('list', { name: 'What was said on the call' });
    const assistant = said.locator('[data-speaker="assistant"]');
    await expect.poll(() => assistant.first().textContent(), WAIT).toContain('AI assistant');
    await phone.getByLabel('Say as the caller').fill("Hi, I'm looking to buy a house in Austin");
    await phone.getByRole('button', { name: 'Say' }).click();
    await said.locator('[data-speaker="caller"]').getByText('looking to buy a house').waitFor();
    await expect.poll(() => assistant.count(), WAIT).toBeGreaterThanOrEqual(2);
    await expect.poll(() => said.locator('.streaming').count(), WAIT).toBe(0);
    await screenshot(phone, 'voice-sandbox');
  });

  it('lists the call on the conversation with its transcript, and follows it live while it goes on', async () => {
    const link = phone.getByRole('link', { name: 'open the conversation' });
    const href = await link.getAttribute('href');
    leadId = href?.split('/').at(-1) ?? '';
    expect(leadId).not.toBe('');
    conversation = await context.newPage();
    conversation.setDefaultTimeout(30_000);
    await conversation.goto(href ?? '/');
    const calls = conversation.getByRole('region', { name: 'Calls' });
    const item = calls.locator('.call-item').first();
    await expect.poll(() => item.locator('summary').textContent(), WAIT).toContain('Call from the lead');
    await item.locator('.badge-live').waitFor();
    const transcript = item.getByRole('list', { name: 'Transcript' });
    await transcript.getByText("Hi, I'm looking to buy a house in Austin").waitFor();

    // The caller goes on talking: the open conversation shows it without a reload.
    await phone
      .getByLabel('Say as the caller')
      .fill('Our budget is around 450k and we want to move in 3 months');
    await phone.getByRole('button', { name: 'Say' }).click();
    await transcript.getByText('Our budget is around 450k').waitFor({ timeout: 20_000 });
    const turns = await transcript.locator('.call-turn').count();
    expect(turns).toBeGreaterThanOrEqual(4);
    expect(await conversation.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await screenshot(conversation, 'voice-conversation-live');

    await phone.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(() => phone.getByTestId('call-status').textContent(), WAIT).toBe('Call ended');
    await item.locator('.badge-live').waitFor({ state: 'detached', timeout: 20_000 });
    await expect
      .poll(() => item.locator('summary').textContent(), WAIT)
      .toMatch(/Call from the lead · \d+ s/);
    const timeline = conversation.getByRole('region', { name: 'Timeline' });
    await expect
      .poll(() => timeline.locator('li[data-kind="call"]').textContent())
      .toContain('Call from the lead');
  });

  it("keeps 'Call this lead now' off for a caller who never agreed to calls, and says why", async () => {
    const button = conversation.getByRole('button', { name: 'Call this lead now' });
    await expect.poll(() => button.isDisabled(), WAIT).toBe(true);
    await conversation.getByText("Can't call now: the lead has not agreed to calls.").waitFor();
  });

  it('saves the call settings, with a message beside a wrong field', async () => {
    const page = phone;
    await page.goto('/settings');
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Calls' })
      .click();
    await page.getByRole('heading', { name: 'Calls' }).waitFor();
    await page.getByLabel('Call new leads who agreed to calls').check();
    await page.getByLabel('Call from').fill('20:00');
    await page.getByLabel('Call until').fill('09:00');
    await page.getByLabel('Fallback number').fill('+15125550143');
    await page.getByLabel('Automated calls per lead per 24 hours').fill('9');
    await page.getByRole('button', { name: 'Save call settings' }).click();
    await page.getByText('The end must be after the start').waitFor();
    await page.getByText('From 1 to 5').waitFor();
    await page.getByLabel('Call from').fill('10:00');
    await page.getByLabel('Call until').fill('19:30');
    await page.getByLabel('Automated calls per lead per 24 hours').fill('1');
    await page.getByRole('button', { name: 'Save call settings' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count(), WAIT).toBe(1);
    await screenshot(page, 'voice-settings');

    await page.reload();
    await expect.poll(() => page.getByLabel('Call until').inputValue(), WAIT).toBe('19:30');
    expect(await page.getByLabel('Call new leads who agreed to calls').isChecked()).toBe(true);
    expect(await page.getByLabel('Fallback number').inputValue()).toBe('+15125550143');
  });

  it("places a call with 'Call this lead now' for a lead who agreed to calls, once the workspace can call", async () => {
    fake.addAccount({ ...ACCOUNT, numbers: [OUR_NUMBER] });
    const saved = await phone.evaluate(async (account) => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
      const put = await fetch('/api/v1/messaging/provider', {
        method: 'PUT',
        headers,
        body: JSON.stringify(account),
      });
      const added = await fetch('/api/v1/phone-numbers', {
        method: 'POST',
        headers,
        body: JSON.stringify({ number: '+15125550177', provider: 'twilio' }),
      });
      return [put.status, added.status];
    }, ACCOUNT);
    expect(saved).toEqual([200, 201]);

    const lead = await service.api<{ leadId: string }>('POST', '/leads', {
      name: 'Avery Caller',
      phone: '+13125550142',
      timezone: middayZone(),
      message: 'Please call me about the house on Elm St',
      consent: {
        sms: false,
        voice: true,
        disclosure: 'Texts about my inquiry.',
        voiceDisclosure: VOICE_DISCLOSURE,
        capturedAt: new Date().toISOString(),
      },
    });
    const gate = await service.api('GET', `/leads/${lead.leadId}/calls/window`);
    expect(gate).toEqual({ outcome: 'allowed', reason: null, allowedAt: null });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`/leads/${lead.leadId}`);
    const button = page.getByRole('button', { name: 'Call this lead now' });
    await expect.poll(() => button.isEnabled(), WAIT).toBe(true);
    await button.click();
    await page.getByText('Calling the lead…').waitFor();
    await expect.poll(() => fake.calls.filter((c) => c.to === '+13125550142').length, WAIT).toBe(1);
    const item = page.getByRole('region', { name: 'Calls' }).locator('.call-item').first();
    await expect.poll(() => item.locator('summary').textContent(), WAIT).toContain('Call to the lead');
    await screenshot(page, 'voice-call-now');
  });
});

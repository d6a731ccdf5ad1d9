import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakePushService, startFakePushService } from '../fakes/push/fake-push-service.js';
import { newContext, openBrowser, type RunningService, screenshot, signIn, startService } from './harness.js';

/**
 * Web Push from the dashboard, in Chromium. Chromium subscribes only through its vendor's push service,
 * which a test cannot reach or replace, so the browser's part is tested up to that line: the service
 * worker the build made is registered, the page posts a PushSubscription (made by the local fake push
 * service, as a browser would hold it) through the signed-in session, the server pushes a handoff to the
 * fake service encrypted for that subscription, and the decrypted message, delivered to the real service
 * worker over the DevTools protocol, becomes a notification that opens the lead.
 */
describe('push alerts in the dashboard', () => {
  let service: RunningService;
  let push: FakePushService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    push = await startFakePushService();
    service = await startService({ NODE_ENV: 'test', PUSH_ALLOW_LOOPBACK_HTTP: 'true' });
    browser = await openBrowser();
    context = await newContext(browser, service.url);
    await context.grantPermissions(['notifications'], { origin: service.url });
    page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await signIn(page, service.demo.login);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.stop();
    await push?.close();
  });

  it('warns the owner that alerts reach nobody, and registers the service worker and manifest', async () => {
    const banner = page.getByRole('alert').filter({ hasText: 'alerts reach nobody' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('SMTP_URL');
    await screenshot(page, 'alerts-undeliverable-warning');

    const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
    expect(worker).toBe(`${service.url}/sw.js`);
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: unknown[] }) : null;
    });
    expect(manifest?.name).toBe('Closing Cloud');
    expect(manifest?.icons.length).toBeGreaterThan(1);
  });

  it('chooses push on the account screen, subscribes this browser, and the warning goes', async () => {
    await page.goto('/account');
    await page.getByLabel("Use the workspace's setting").uncheck();
    await page.getByLabel('Push notifications on my devices').check();
    await page.getByRole('button', { name: 'Save alerts' }).click();
    await page.getByText('Saved.').waitFor();

    // Chromium's own push service is out of reach here; the button says so rather than failing silently.
    await page.getByRole('button', { name: 'Turn on alerts on this device' }).click();
    await expect
      .poll(() => page.locator('.push-device [role="status"]').textContent(), { timeout: 30_000 })
      .not.toBe('');

    const device = push.subscribe('chromium');
    const status = await page.evaluate(
      async (subscription) => {
        const session = await (await fetch('/api/v1/auth/session')).json();
        const response = await fetch('/api/v1/push/subscriptions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify(subscription),
        });
        return response.status;
      },
      { endpoint: device.endpoint, expirationTime: null, keys: device.keys },
    );
    expect(status).toBe(201);

    await page.goto('/inbox');
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    await page.getByRole('button', { name: /Notifications/ }).waitFor();
    expect(await page.getByText('alerts reach nobody').count()).toBe(0);

    // A lead of the owner's asks for a person: the handoff is pushed, encrypted for this subscription.
    const users = await service.api<{ items: Array<{ id: string; email: string }> }>('GET', '/users');
    const owner = users.items.find((u) => u.email === service.demo.login.email);
    const lead = '+15125550187';
    await service.api('POST', '/sandbox/inbound', {
      from: lead,
      body: 'Hi, looking to buy a 3 bed in Austin',
    });
    let leadId = '';
    await expect
      .poll(
        async () => {
          const leads = await service.api<{ items: Array<{ id: string }> }>('GET', '/leads?limit=1');
          leadId = leads.items[0]?.id ?? '';
          return leadId;
        },
        { timeout: 20_000 },
      )
      .not.toBe('');
    await service.api('PATCH', `/leads/${leadId}`, { assignedUserId: owner?.id });
    const before = push.received.length;
    await service.api('POST', '/sandbox/inbound', {
      from: lead,
      body: 'Can I talk to a real person please?',
    });
    await expect.poll(() => push.received.length, { timeout: 30_000, interval: 250 }).toBeGreaterThan(before);
    const sent = push.received.at(-1);
    if (!sent) throw new Error('nothing pushed');
    const plaintext = device.decrypt(sent.body);
    const message = JSON.parse(plaintext) as { title: string; url: string };
    expect(message.url).toBe(`/leads/${leadId}`);
    expect(plaintext).not.toContain('5550187');

    // The real service worker shows it.
    const cdp = await context.newCDPSession(page);
    const registration = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const found = registrations.find((r: { scopeURL: string }) => r.scopeURL === `${service.url}/`);
        if (found) resolve(found.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: service.url,
      registrationId: await registration,
      data: plaintext,
    });
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const shown = await (await navigator.serviceWorker.ready).getNotifications();
            return shown.map((n) => ({ title: n.title, url: (n.data as { url?: string } | null)?.url }));
          }),
        { timeout: 15_000 },
      )
      .toContainEqual({ title: message.title, url: `/leads/${leadId}` });

    await page.getByRole('button', { name: /Notifications/ }).click();
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByText(/needs you/)
      .first()
      .waitFor();
    await screenshot(page, 'alerts-bell-open');
  });
});

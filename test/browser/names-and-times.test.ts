/// <reference lib="dom" />
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_VIEWPORT, type RunningService, screenshot, signIn, useDashboard } from './harness.js';

/** A UUID, a ULID (upper case, as they are written) or a Twilio-style provider id in the words on screen. */
const RAW_ID =
  /\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b|\b[0-9A-HJKMNP-TV-Z]{26}\b|\b(?:SM|MM|CA|PN)[0-9a-f]{32}\b/;

interface LeadSummary {
  id: string;
  name: string | null;
  phone: string | null;
  speedToLeadSeconds: number | null;
}

const NAMED_PHONE = '+15125550181';
const UNNAMED_PHONE = '+15125550182';
const NAMED_INQUIRY = 'Is the 3 bed on Oak Street still available?';

/** Every word the page shows, with its folded sections opened first. */
async function pageText(page: Page): Promise<string> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  // The words as rendered, with breaks between blocks, so an id cannot run into the word beside it.
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person reads
  return page.evaluate(() => document.body.innerText);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('names, texts and times as a team lead reads them', () => {
  let named: string;
  let unnamed: string;
  let appointmentStart: string;

  const dashboard = useDashboard({
    seed: async (service) => {
      const leads = () => service.api<{ items: LeadSummary[] }>('GET', '/leads');
      // A form lead who agreed to texts: the first response goes at once.
      named = (
        await service.api<{ leadId: string }>('POST', '/leads', {
          name: 'Nora Named',
          phone: NAMED_PHONE,
          source: 'website',
          message: NAMED_INQUIRY,
          consent: {
            sms: true,
            disclosure: 'I agree to receive texts about my inquiry',
            capturedAt: new Date().toISOString(),
          },
        })
      ).leadId;
      // No name and no consent: the first response is held, and the first text that goes answers their text.
      unnamed = (
        await service.api<{ leadId: string }>('POST', '/leads', { phone: UNNAMED_PHONE, source: 'api' })
      ).leadId;
      await service.api('POST', '/sandbox/inbound', {
        from: UNNAMED_PHONE,
        body: 'Hi, I want to buy a house',
      });
      await until(
        leads,
        ({ items }) => items.every((lead) => lead.speedToLeadSeconds !== null),
        'both leads answered',
      );
      // An appointment more than a week ahead: the calendar must open on its week, not this one.
      const types = await service.api<{ items: Array<{ id: string; name: string }> }>(
        'GET',
        '/appointment-types',
      );
      const type = types.items.find((t) => t.name === 'Buyer consultation') ?? types.items[0];
      const from = new Date(Date.now() + 9 * 86_400_000).toISOString();
      const { slots } = await service.api<{ slots: Array<{ start: string }> }>(
        'GET',
        `/slots?type=${type?.id}&from=${encodeURIComponent(from)}&leadId=${named}`,
      );
      const slot = slots[0];
      if (!slot) throw new Error('no free slot to book');
      const booked = await service.api<{ start: string }>('POST', '/appointments', {
        leadId: named,
        appointmentTypeId: type?.id,
        start: slot.start,
        notifyLead: false,
      });
      appointmentStart = booked.start;
    },
  });
  let service: RunningService;
  let page: Page;
  beforeAll(() => {
    ({ service, page } = dashboard);
  });

  it('lists leads by name, the phone only when there is no name, with a real speed to lead', async () => {
    await page.goto('/inbox');
    const row = (leadId: string) =>
      page.locator('.lead-row', { has: page.locator(`a[href="/leads/${leadId}"]`) });
    await row(named).waitFor();
    expect(await row(named).locator('.lead-name').textContent()).toBe('Nora Named');
    expect(await row(named).textContent()).not.toContain(NAMED_PHONE);
    expect(await row(unnamed).locator('.lead-name').textContent()).toBe(UNNAMED_PHONE);

    const { items } = await service.api<{ items: LeadSummary[] }>('GET', '/leads');
    for (const leadId of [named, unnamed]) {
      const speed = await row(leadId).getByTestId('speed-to-lead').textContent();
      expect(speed).toMatch(/^\d+(\.\d)? (s|min|h)/);
      expect(items.find((lead) => lead.id === leadId)?.speedToLeadSeconds).not.toBeNull();
    }
    expect(await pageText(page)).not.toMatch(RAW_ID);
    await screenshot(page, 'names-inbox');
  });

  it('shows the words of each text and of the inquiry on the timeline, and no ids', async () => {
    await page.goto(`/leads/${named}`);
    const timeline = page.locator('.timeline');
    await timeline.getByText(NAMED_INQUIRY).waitFor();
    const firstResponse = timeline.locator('li[data-kind="message"] .timeline-quote').first();
    await firstResponse.waitFor();
    expect(await firstResponse.textContent()).toMatch(/Nora/);
    expect(await timeline.textContent()).not.toContain('Text by the assistant, sent');
    const text = await pageText(page);
    expect(text).not.toMatch(RAW_ID);
    await screenshot(page, 'names-timeline');
  });

  it('opens the calendar on the next appointment’s week, names the lead, and writes en-US times', async () => {
    await page.goto('/appointments');
    const block = page.getByRole('button', { name: /Nora Named/ });
    await block.waitFor();
    const label = (await block.getAttribute('aria-label')) ?? '';
    const startsAt = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'America/Chicago',
    }).format(new Date(appointmentStart));
    expect(label.replace(/\s+/g, ' ')).toContain(startsAt.replace(/\s+/g, ' ').replace(/ (AM|PM)$/, ''));
    expect(label).toMatch(/\b(AM|PM)\b/);
    expect(label).toContain('Buyer consultation');
    // The hour lines follow the same clock.
    expect((await page.locator('.calendar-hour').nth(9).textContent())?.replace(/\s+/g, ' ')).toBe('9 AM');
    expect(await pageText(page)).not.toMatch(RAW_ID);
    await screenshot(page, 'names-calendar');
  });

  it('writes the same calendar on a 24-hour clock for a viewer whose locale uses one (en-GB)', async () => {
    const british = await dashboard.browser.newContext({
      baseURL: service.url,
      viewport: DESKTOP_VIEWPORT,
      timezoneId: 'America/Chicago',
      locale: 'en-GB',
    });
    try {
      const gb = await british.newPage();
      gb.setDefaultTimeout(60_000);
      await signIn(gb, service.demo.login);
      await gb.goto('/appointments');
      const block = gb.getByRole('button', { name: /Nora Named/ });
      await block.waitFor();
      const label = (await block.getAttribute('aria-label')) ?? '';
      expect(label).not.toMatch(/\b(AM|PM|am|pm)\b/);
      expect(label).toMatch(/\b\d{2}:\d{2}\s*[–-]\s*\d{2}:\d{2}\b/);
      expect(await gb.locator('.calendar-hour').nth(13).textContent()).toBe('13:00');
    } finally {
      await british.close();
    }
  });

  it('shows no raw id on the compliance log, the opt-outs, analytics or the sandbox phone', async () => {
    for (const address of ['/compliance/consent-log', '/compliance/opt-outs', '/analytics', '/sandbox']) {
      await page.goto(address);
      await page.locator('main h1, main h2').first().waitFor();
      // The live stream may keep a request open: settle for a quiet moment, not for silence.
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      expect(await pageText(page), address).not.toMatch(RAW_ID);
    }
    // The consent a lead gave by texting first names that text: by a short reference, never its id.
    await page.goto('/compliance/consent-log');
    const log = page.getByRole('table', { name: 'Consent log' });
    await log
      .getByRole('row', { name: new RegExp(UNNAMED_PHONE.replace('+', '\\+')) })
      .first()
      .waitFor();
    expect(await pageText(page)).toMatch(/#[0-9a-f]{8}\b/);
  });

  it('links a favicon that the server serves', async () => {
    await page.goto('/inbox');
    const hrefs = await page.$$eval('link[rel="icon"]', (links) =>
      links.map((link) => (link as HTMLLinkElement).href),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of [...hrefs, `${service.url}/favicon.ico`]) {
      const response = await fetch(href);
      expect(response.status, href).toBe(200);
      expect(response.headers.get('content-type'), href).toMatch(/^image\//);
    }
  });

  it('edits the qualification script in Settings as a form, not JSON', async () => {
    await page.goto('/settings/assistant');
    await page.getByLabel('Question 1 wording').waitFor();
    expect(await page.getByLabel('Questions (JSON)').count()).toBe(0);
    await page
      .getByTestId('next-question')
      .getByText(/Next: question 1/)
      .waitFor();
    expect(await pageText(page)).not.toMatch(RAW_ID);
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, type RunningService, screenshot, useDashboard } from './harness.js';

interface Listing {
  id: string;
  address: string;
  petsPolicy: string | null;
  showingNotes: string | null;
  openHouses: { start: string; end: string }[];
}

interface Settings {
  script: { questions: { slot: string; phrasings: string[] }[] };
  handoff: { hotTimelineMonths: number };
}

const hours = (o: { start: string; end: string }) => (Date.parse(o.end) - Date.parse(o.start)) / 3_600_000;

describe('knowledge and script editors', () => {
  const dashboard = useDashboard();
  let service: RunningService;
  let page: Page;
  beforeAll(() => {
    ({ service, page } = dashboard);
  });

  const findListing = async (address: string) =>
    (
      await service.api<{ items: Listing[] }>('GET', `/knowledge/listings?q=${encodeURIComponent(address)}`)
    ).items.find((l) => l.address === address);

  it('adds a listing with an open house, refuses a bad one by field, and edits it', async () => {
    await page.goto('/knowledge');
    await page.waitForURL(/\/knowledge\/listings$/);
    await page.getByRole('button', { name: 'Add listing' }).click();
    await page.getByLabel('Address').fill('410 Harbor View Dr');
    await page.getByLabel('Price ($)').fill('615,000');
    await page.getByLabel('Beds').fill('3');
    await page.getByLabel('Pets policy').fill('Cats and small dogs welcome');
    await page.getByLabel('Showing notes').fill('Lockbox on the side gate');
    await page.getByRole('button', { name: 'Add an open house' }).click();
    await page.getByLabel('Open house 1 day').fill('2027-01-16');
    await page.getByLabel('Starts').fill('16:00');
    await page.getByLabel('Ends').fill('13:00');
    await page.getByRole('button', { name: 'Add listing' }).click();
    await page.getByText('Ends after it starts').waitFor();
    expect(await page.getByLabel('Ends').getAttribute('aria-invalid')).toBe('true');
    expect(await findListing('410 Harbor View Dr')).toBeUndefined();

    await page.getByLabel('Starts').fill('13:00');
    await page.getByLabel('Ends').fill('16:00');
    await page.getByRole('button', { name: 'Add listing' }).click();
    await page.getByText('Saved 410 Harbor View Dr.').waitFor();
    await page.getByRole('cell', { name: /Sat, Jan 16, 1:00 PM – 4:00 PM/ }).waitFor();

    const created = await findListing('410 Harbor View Dr');
    expect(created).toMatchObject({
      petsPolicy: 'Cats and small dogs welcome',
      showingNotes: 'Lockbox on the side gate',
    });
    expect(created?.openHouses).toHaveLength(1);
    expect(created?.openHouses[0]?.start).toMatch(/^2027-01-16T13:00:00[+-]\d{2}:\d{2}$/);
    expect(hours(created?.openHouses[0] as Listing['openHouses'][number])).toBe(3);
    await screenshot(page, 'knowledge-listings-desktop');

    // Search, then edit: a second open house, the first one ending later.
    await page.getByLabel('Search listings').fill('harbor');
    await page.getByRole('button', { name: 'Edit 410 Harbor View Dr' }).click();
    await page.getByLabel('Ends').fill('17:00');
    await page.getByRole('button', { name: 'Add an open house' }).click();
    await page.getByLabel('Open house 2 day').fill('2027-01-17');
    await page.getByLabel('Starts').nth(1).fill('11:00');
    await page.getByLabel('Ends').nth(1).fill('12:30');
    await page.getByRole('button', { name: 'Save listing' }).click();
    await page.getByText('Saved 410 Harbor View Dr.').waitFor();
    const edited = await findListing('410 Harbor View Dr');
    expect(edited?.openHouses.map(hours)).toEqual([4, 1.5]);
    expect(edited?.openHouses[1]?.start).toMatch(/^2027-01-17T11:00:00/);
  });

  it('tries a lead question against an FAQ entry being written, then saves it', async () => {
    await page.getByRole('link', { name: 'FAQs' }).click();
    await page.getByRole('button', { name: 'Add FAQ entry' }).click();
    await page.getByLabel('Question', { exact: true }).fill('Do you work with first-time buyers?');
    await page
      .getByLabel('Answer', { exact: true })
      .fill('Yes! We walk first-time buyers through every step.');
    await page.getByLabel('Keywords').fill('first-time, first time');
    await page.getByLabel('A lead texts').fill('we are first time buyers, can you help?');
    await page.getByRole('button', { name: 'Try it' }).click();
    const result = page.locator('.faq-preview output');
    await result.getByText(/as edited/).waitFor({ timeout: 10_000 });
    // Both keywords are in the question: each counts its words.
    expect(await result.textContent()).toMatch(
      /^Matches Do you work with first-time buyers\? \(score 4, as edited\)/,
    );
    await page.getByRole('button', { name: 'Add entry' }).click();
    await page.locator('.faq-list').getByText('Yes! We walk first-time buyers through every step.').waitFor();
    const faqs = await service.api<{ items: { question: string; keywords: string[] }[] }>(
      'GET',
      '/knowledge/faqs',
    );
    expect(faqs.items.find((f) => f.question === 'Do you work with first-time buyers?')?.keywords).toEqual([
      'first-time',
      'first time',
    ]);
  });

  it('edits a script question, previews the next question for a sample lead, and saves', async () => {
    await page.getByRole('link', { name: 'Qualification script' }).click();
    const first = page.getByLabel('Question 1 wording');
    await first.waitFor();
    await first.fill('Hi! Are you hoping to buy, sell, or rent?');
    await page
      .getByTestId('next-question')
      .getByText('Next: question 1, Buy, sell or rent: “Hi! Are you hoping to buy, sell, or rent?”')
      .waitFor();

    // A buyer with a timeline: the script's next question for them, by the server's own logic.
    await page.getByLabel('Intent', { exact: true }).selectOption('buy');
    await page.getByLabel('Moving within (months)', { exact: true }).fill('6');
    await page
      .getByTestId('next-question')
      .getByText(/Financing \(pre-approval or cash\)/)
      .waitFor();

    await page.getByLabel('Question 1 wording').fill('');
    await page.getByRole('button', { name: 'Save script' }).click();
    await page.getByText('Write at least one way to ask').waitFor();
    await first.fill('Hi! Are you hoping to buy, sell, or rent?\nAre you buying, selling or renting?');
    await page.getByRole('button', { name: 'Save script' }).click();
    await page.getByText('Saved.').waitFor();

    const settings = await service.api<Settings>('GET', '/conversation/settings');
    expect(settings.script.questions[0]).toMatchObject({
      slot: 'intent',
      phrasings: ['Hi! Are you hoping to buy, sell, or rent?', 'Are you buying, selling or renting?'],
    });
    expect(settings.script.questions.length).toBeGreaterThan(3);
    await screenshot(page, 'knowledge-script-desktop');
  });

  it('fits a phone: the listing form and the script editor without sideways scrolling', async () => {
    await onPhone(dashboard, async (small) => {
      await small.goto('/knowledge/listings');
      await small.getByRole('button', { name: 'Edit 410 Harbor View Dr' }).click();
      await small.getByLabel('Open house 1 day').waitFor();
      await screenshot(small, 'knowledge-listing-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
      await small.goto('/knowledge/script');
      await small.getByLabel('Question 1 wording').waitFor();
      await screenshot(small, 'knowledge-script-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
    });
  });
});

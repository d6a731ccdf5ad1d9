import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, type RunningService, screenshot, useDashboard } from './harness.js';

interface Inbound {
  leadId: string;
}

describe('a conversation, taken over by an agent', () => {
  const dashboard = useDashboard();
  let service: RunningService;
  let page: Page;
  let leadId: string;
  const leadPhone = '+15125550123';

  const textAsLead = (body: string) =>
    service.api<Inbound>('POST', '/sandbox/inbound', { from: leadPhone, body });
  const thread = () => page.getByRole('list', { name: 'Messages, oldest first' });

  beforeAll(async () => {
    ({ service, page } = dashboard);
    ({ leadId } = await textAsLead('Hello, I saw your listing on Maple Ave. Can I see it?'));
  });

  it('shows the thread like a phone: the lead on one side, the assistant on the other, with status', async () => {
    await page.getByRole('link', { name: /\+15125550123/ }).click();
    await page.waitForURL(new RegExp(`/leads/${leadId}$`));
    await thread().getByText('I saw your listing on Maple Ave').waitFor();
    await expect.poll(() => thread().locator('[data-author="assistant"]').count()).toBeGreaterThanOrEqual(1);
    const assistant = thread().locator('[data-author="assistant"]').first();
    expect(await assistant.getAttribute('class')).toContain('ours');
    await expect
      .poll(() => assistant.locator('.status').textContent())
      .toMatch(/Sent|Delivered|Queued|Sending/);
    expect(await thread().locator('[data-author="lead"]').first().getAttribute('class')).toContain('theirs');
    expect(await page.getByTestId('assistant-state').textContent()).toBe('Assistant on');
  });

  it('receives the lead’s next text live, with the assistant’s answer', async () => {
    const before = await thread().locator('[data-author="assistant"]').count();
    await textAsLead('We are buying, in about 2 months, pre-approved up to 500k');
    await thread().getByText('pre-approved up to 500k').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => thread().locator('[data-author="assistant"]').count(), { timeout: 20_000 })
      .toBeGreaterThan(before);
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    await screenshot(page, 'conversation');
  });

  it('sends a manual text from the keyboard alone, which pauses the assistant', async () => {
    const composer = page.getByLabel('Message to the lead');
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    let focused = false;
    for (let i = 0; i < 60 && !focused; i += 1) {
      await page.keyboard.press('Tab');
      focused = await composer.evaluate((element) => element === document.activeElement);
    }
    expect(focused, 'Tab reaches the compose box').toBe(true);
    await page.keyboard.type('Hi, this is Avery. I can show you the house on Saturday.');
    await page.keyboard.press('Enter');
    const mine = thread().locator('[data-author="agent"]');
    await mine.getByText('I can show you the house on Saturday').waitFor();
    expect(await composer.inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('assistant-state').textContent()).toBe('Assistant paused');
    await page.getByText('an agent took over the conversation').waitFor();
    await expect
      .poll(() => mine.last().getAttribute('data-status'))
      .toMatch(/queued|sending|sent|delivered|deferred/);
  });

  it('keeps the assistant silent while paused, and resumes it on request', async () => {
    const assistantBefore = await thread().locator('[data-author="assistant"]').count();
    await textAsLead('Saturday works for me');
    await thread().getByText('Saturday works for me').waitFor({ timeout: 20_000 });
    // The worker had time to answer, and did not.
    await page.waitForTimeout(2_000);
    expect(await thread().locator('[data-author="assistant"]').count()).toBe(assistantBefore);
    await page.getByRole('button', { name: 'Resume the assistant' }).click();
    await expect.poll(() => page.getByTestId('assistant-state').textContent()).toBe('Assistant on');
  });

  it('shows the lead panel: profile with sources, score factors, consent, timeline, notes', async () => {
    const panel = page.getByRole('complementary', { name: 'Lead details' });
    await panel.getByRole('heading', { name: 'Profile' }).waitFor();
    await expect.poll(() => panel.locator('.fact-source').count()).toBeGreaterThan(0);
    await panel.getByRole('heading', { name: /Score/ }).waitFor();
    await panel.getByRole('heading', { name: 'Consent' }).waitFor();
    await panel.getByRole('heading', { name: 'Timeline' }).waitFor();
    await panel.getByLabel('Add a note for the team').fill('Prefers texts after 5pm');
    await panel.getByRole('button', { name: 'Add note' }).click();
    await panel.locator('.notes').getByText('Prefers texts after 5pm').waitFor();
    await panel.getByLabel('Stage', { exact: true }).selectOption('qualified');
    await expect.poll(() => panel.getByLabel('Stage', { exact: true }).inputValue()).toBe('qualified');
    await page.reload();
    await expect.poll(() => panel.getByLabel('Stage', { exact: true }).inputValue()).toBe('qualified');
  });

  it('is usable at phone width: the panel stacks under the thread and nothing scrolls sideways', async () => {
    await onPhone(dashboard, async (small) => {
      await small.getByRole('button', { name: 'Menu' }).waitFor();
      expect(await small.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      await small.goto(`/leads/${leadId}`);
      const composer = small.getByLabel('Message to the lead');
      await composer.waitFor();
      expect(await composer.isVisible()).toBe(true);
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(0);
      const threadBox = await small.locator('.conversation').boundingBox();
      const panelBox = await small.locator('.lead-panel').boundingBox();
      expect(panelBox && threadBox && panelBox.y >= threadBox.y + threadBox.height - 1).toBe(true);
      await composer.fill('Sent from a phone');
      await small.getByRole('button', { name: 'Send', exact: true }).click();
      await small
        .getByRole('list', { name: 'Messages, oldest first' })
        .getByText('Sent from a phone')
        .waitFor();
      await screenshot(small, 'conversation-phone');
    });
  });

  it('puts a lead the assistant handed off under "needs a human", with the handoff summary on top', async () => {
    const { leadId: handedOff } = await service.api<Inbound>('POST', '/sandbox/inbound', {
      from: '+15125550166',
      body: 'Can I talk to a real person please?',
    });
    await page.goto('/inbox');
    await page.getByLabel('Needs a human').check();
    await page.waitForURL(/needsHuman=true/);
    const row = page.locator('.lead-row', { hasText: '+15125550166' });
    await row.waitFor({ timeout: 20_000 });
    expect(await page.locator('.lead-row').count()).toBe(1);
    expect(await row.textContent()).toContain('Needs a human');
    await row.locator('a').click();
    await page.waitForURL(new RegExp(`/leads/${handedOff}$`));
    const summary = page.getByRole('region', { name: 'Needs a human' });
    await summary.getByText('asked for a person').waitFor();
    expect(await page.getByTestId('assistant-state').textContent()).toBe('Assistant paused');
    await screenshot(page, 'conversation-handoff');
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { horizontalOverflow, onPhone, type RunningService, screenshot, useDashboard } from './harness.js';

/** A Tuesday to Thursday at least two days ahead: inside the demo's weekday hours and past any notice. */
function bookableDate(now = new Date()): string {
  const day = new Date(now.getTime() + 2 * 86_400_000);
  while (![2, 3, 4].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

interface Appointment {
  id: string;
  leadId: string;
  start: string;
  status: string;
}

describe('appointments', () => {
  let leadId: string;

  const dashboard = useDashboard({
    seed: async (service) => {
      const lead = await service.api<{ leadId: string }>('POST', '/leads', {
        name: 'Bea Booker',
        phone: '+15125550177',
        source: 'api',
      });
      leadId = lead.leadId;
    },
  });
  let service: RunningService;
  let page: Page;
  beforeAll(() => {
    ({ service, page } = dashboard);
  });

  it('books a lead into a free slot and shows it in the week view', async () => {
    await page.goto('/appointments');
    await page.getByRole('heading', { name: 'Appointments', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New appointment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment' });
    await dialog.waitFor();

    await dialog.locator(`option[value="${leadId}"]`).waitFor({ state: 'attached' });
    await dialog.getByLabel('Lead', { exact: true }).selectOption(leadId);
    await dialog.getByLabel('Type').selectOption({ label: 'Buyer consultation (45 min)' });
    const date = bookableDate();
    await dialog.getByLabel('Date', { exact: true }).fill(date);
    const firstSlot = dialog.getByRole('radio').first();
    await firstSlot.waitFor();
    await firstSlot.check();
    await dialog.getByRole('button', { name: 'Book', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const booked = page.getByRole('button', { name: /Buyer consultation/ });
    await booked.first().waitFor();
    const { items } = await service.api<{ items: Appointment[] }>('GET', `/appointments?leadId=${leadId}`);
    expect(items).toHaveLength(1);
    expect(items[0]?.status).toBe('booked');
    // The week shown holds the booked day, in the viewer's zone.
    const startLocal = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
      new Date(items[0]?.start ?? ''),
    );
    expect(startLocal).toBe(date);
    await screenshot(page, 'appointments-week-desktop');
  });

  it('opens an appointment from the keyboard, closes it with Escape, moves it and cancels it', async () => {
    const booked = page.getByRole('button', { name: /Buyer consultation/ }).first();
    await booked.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Buyer consultation' });
    await dialog.waitFor();
    await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await dialog.getByRole('link', { name: 'Bea Booker' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => booked.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByRole('radio', { name: 'Day' }).check();
    await page.getByRole('heading', { name: /\d{4}/, level: 2 }).waitFor();

    await page.getByRole('radio', { name: 'Week' }).check();
    const before = await service.api<{ items: Appointment[] }>('GET', `/appointments?leadId=${leadId}`);
    await booked.click();
    await dialog.getByRole('button', { name: 'Move' }).click();
    const slots = dialog.getByRole('radio');
    await slots.nth(2).waitFor();
    await slots.nth(2).check();
    await dialog.getByRole('button', { name: 'Move here' }).click();
    await dialog.waitFor({ state: 'detached' });
    const moved = await service.api<{ items: Appointment[] }>('GET', `/appointments?leadId=${leadId}`);
    expect(moved.items).toHaveLength(1);
    expect(moved.items[0]?.start).not.toBe(before.items[0]?.start);
    expect(moved.items[0]?.status).toBe('booked');

    await booked.click();
    await dialog.getByRole('button', { name: 'Cancel appointment' }).click();
    await dialog.getByLabel('Reason (optional)').fill('Lead asked to reschedule later');
    await dialog.getByRole('button', { name: 'Cancel the appointment' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: /Buyer consultation/ }).waitFor({ state: 'detached' });
    const { items } = await service.api<{ items: Appointment[] }>('GET', `/appointments?leadId=${leadId}`);
    expect(items.map((a) => a.status)).toEqual(['cancelled']);
  });

  it('edits an agent’s availability', async () => {
    await page.getByRole('button', { name: 'Availability' }).click();
    const friday = page.getByLabel('Friday');
    await friday.waitFor();
    await friday.fill('nine to five');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('is not a range like 09:00-17:00').waitFor();
    await friday.fill('10:00-12:00, 13:00-15:00');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('Availability saved.').waitFor();
    await screenshot(page, 'appointments-availability-desktop');
  });

  it('fits a phone screen', async () => {
    await onPhone(dashboard, async (small) => {
      await small.goto('/appointments');
      await small.getByRole('heading', { name: 'Appointments', level: 1 }).waitFor();
      await small.getByRole('radio', { name: 'Day' }).waitFor();
      expect(await small.getByRole('radio', { name: 'Day' }).isChecked()).toBe(true);
      await screenshot(small, 'appointments-day-phone');
      expect(await horizontalOverflow(small)).toBeLessThanOrEqual(1);
    });
  });
});

import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BillingAccount, BillingView } from './BillingSection.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const account = (overrides: Partial<BillingAccount>): BillingAccount => ({
  mode: 'plan',
  currency: 'USD',
  unitPrices: { lead_received: 10_000 },
  markupPercent: 0,
  hardLimitMicros: 50_000_000,
  period: '2026-03',
  periodChargeMicros: 12_500_000,
  walletBalanceMicros: 0,
  status: 'active',
  stripe: { connected: true },
  held: false,
  usage: [{ unit: 'lead_received', quantity: 1250, included: 500 }],
  ...overrides,
});

function answer(body: unknown) {
  const fetch = vi.fn(
    async (_url: string) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('the billing section', () => {
  it("shows the month's charge against the limit, the use per unit, the invoice and the owner's portal", async () => {
    const fetch = answer(account({}));
    render(<BillingView owner />);
    await waitFor(() => expect(screen.getByText('$12.50 of $50.00 limit')).toBeTruthy());
    expect(String(fetch.mock.calls[0]?.[0])).toBe('/api/v1/billing');
    expect(screen.getAllByText('Leads received').length).toBeGreaterThan(0);
    expect(screen.getByText('1250')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Invoice CSV/ }).getAttribute('href')).toBe(
      '/api/v1/billing/invoice.csv?month=2026-03',
    );
    expect(screen.getByRole('button', { name: 'Manage payment and invoices' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why automated texts wait, and shows an admin no portal', async () => {
    answer(account({ mode: 'wallet', hardLimitMicros: null, walletBalanceMicros: -20_000, held: true }));
    render(<BillingView owner={false} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Prepaid credit is used up'));
    expect(screen.getByText('-$0.02')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Manage payment and invoices' })).toBeNull();
  });
});

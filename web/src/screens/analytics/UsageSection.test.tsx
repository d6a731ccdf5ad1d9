import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageSection } from './UsageSection.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the usage section', () => {
  it('asks for the range and shows each unit with its model, and the CSV link', async () => {
    const fetch = vi.fn(
      async (_url: string) =>
        new Response(
          JSON.stringify({
            totals: [
              { unit: 'lead_received', model: null, quantity: 12, providerCostMicros: 0 },
              {
                unit: 'llm_tokens_in',
                model: 'openai.chat/gpt-4o-mini',
                quantity: 3400,
                providerCostMicros: 0,
              },
              { unit: 'sms_segment_out', model: null, quantity: 30, providerCostMicros: 237_000 },
            ],
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
    );
    vi.stubGlobal('fetch', fetch);
    render(<UsageSection range={{ from: '2026-01-01', to: '2026-01-31' }} />);
    await waitFor(() => expect(screen.getAllByText('Leads received').length).toBeGreaterThan(0));
    expect(String(fetch.mock.calls[0]?.[0])).toBe('/api/v1/usage?from=2026-01-01&to=2026-01-31');
    expect(screen.getAllByText('Model tokens in (openai.chat/gpt-4o-mini)').length).toBeGreaterThan(0);
    expect(screen.getByText('0.2370')).toBeTruthy();
    const link = screen.getByRole('link', { name: /Download CSV/ });
    expect(link.getAttribute('href')).toBe('/api/v1/usage.csv?from=2026-01-01&to=2026-01-31');
  });
});

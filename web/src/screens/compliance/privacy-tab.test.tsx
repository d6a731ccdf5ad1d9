import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePrivacyAvailable } from './index.tsx';

function answer(status: number, body: unknown) {
  return vi.fn(
    async (_url: string) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the privacy requests tab', () => {
  it('shows when the queue answers', async () => {
    const fetch = answer(200, { items: [], nextCursor: null });
    vi.stubGlobal('fetch', fetch);
    const { result } = renderHook(() => usePrivacyAvailable(true));
    await waitFor(() => expect(result.current).toBe(true));
    expect(String(fetch.mock.calls[0]?.[0])).toBe('/api/v1/privacy/requests?limit=1');
  });

  it('hides when the server has no such endpoint', async () => {
    const fetch = answer(404, { error: { code: 'route_not_found', message: 'No route' } });
    vi.stubGlobal('fetch', fetch);
    const { result } = renderHook(() => usePrivacyAvailable(true));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toBe(false);
  });

  it('stays while the endpoint merely fails, so a passing outage does not hide the queue', async () => {
    vi.stubGlobal('fetch', answer(500, { error: { code: 'internal_error', message: 'oops' } }));
    const { result } = renderHook(() => usePrivacyAvailable(true));
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('does not ask for people who may not see it', async () => {
    const fetch = answer(200, { items: [] });
    vi.stubGlobal('fetch', fetch);
    const { result } = renderHook(() => usePrivacyAvailable(false));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
  });
});

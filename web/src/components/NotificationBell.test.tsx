import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../screens/knowledge/test-server.ts';
import { AlertsWarning } from './AlertsWarning.tsx';
import { NotificationBell } from './NotificationBell.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const note = (id: string, subject: string, readAt: string | null, leadId: string | null = 'lead-7') => ({
  id,
  kind: 'handoff',
  subject,
  body: 'Wants to see 12 Oak St.\nThe assistant is paused.',
  leadId,
  status: 'sent',
  createdAt: '2026-12-06T21:00:00.000Z',
  readAt,
});

describe('<NotificationBell>', () => {
  it('shows the unread count, lists notes, and marks one read when it is opened', async () => {
    const calls = fakeServer({
      'GET /api/v1/notifications': () => ({
        status: 200,
        body: {
          items: [
            note('n2', 'Dana Whitfield needs you: hot lead', null),
            note('n1', 'Old news', '2026-12-06T20:00:00Z'),
          ],
          unreadCount: 1,
          nextCursor: null,
        },
      }),
      'POST /api/v1/notifications/n2/read': () => ({ status: 204, body: null }),
    });
    render(<NotificationBell />);
    const bell = await screen.findByRole('button', { name: /Notifications\s*1 unread/ });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(bell);
    const hot = await screen.findByRole('button', { name: /Dana Whitfield needs you: hot lead/ });
    expect(hot.textContent).toContain('Wants to see 12 Oak St.');
    expect(hot.textContent).not.toContain('paused');
    expect(screen.getByRole('button', { name: /Old news/ }).textContent).not.toContain('unread');
    fireEvent.click(hot);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([
      '/api/v1/notifications/n2/read',
    ]);
    expect(window.location.pathname).toBe('/leads/lead-7');
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy();
  });

  it('says so when there is nothing', async () => {
    fakeServer({
      'GET /api/v1/notifications': () => ({
        status: 200,
        body: { items: [], unreadCount: 0, nextCursor: null },
      }),
    });
    render(<NotificationBell />);
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText('Nothing yet.')).toBeTruthy();
  });
});

describe('<AlertsWarning>', () => {
  it('names what to fix when alerts reach nobody, and stays away when they can', async () => {
    fakeServer({
      'GET /api/v1/notifications/delivery': () => ({
        status: 200,
        body: {
          alertsOn: true,
          deliverable: false,
          problems: [
            { code: 'no_agent_phone', message: 'Nobody who gets text alerts has a mobile phone on file.' },
          ],
          unreachable: [],
        },
      }),
    });
    render(<AlertsWarning />);
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('alerts reach nobody');
    expect(banner.textContent).toContain('Nobody who gets text alerts has a mobile phone on file.');
    cleanup();
    vi.unstubAllGlobals();

    fakeServer({
      'GET /api/v1/notifications/delivery': () => ({
        status: 200,
        body: { alertsOn: true, deliverable: true, problems: [], unreachable: [] },
      }),
    });
    const { container } = render(<AlertsWarning />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.textContent).toBe('');
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendWindow } from '../../api/leads.ts';
import { Composer } from './Composer.tsx';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const heldByFederalHours: SendWindow = {
  sendsNow: false,
  outcome: 'deferred',
  reason: 'quiet_hours',
  holdUntil: '2026-01-16T13:00:00.000Z',
  rule: {
    code: 'federal_hours',
    label: 'federal calling hours (08:00–21:00)',
    state: null,
    citation: '47 C.F.R. § 64.1200(c)(1)',
    sendAnyway: true,
  },
  sendAnyway: 'allowed',
  leadWroteAt: '2026-01-16T00:40:00.000Z',
};

const heldByFlorida: SendWindow = {
  ...heldByFederalHours,
  rule: {
    code: 'state_hours',
    label: 'Florida calling hours',
    state: 'FL',
    citation: 'Fla. Stat. § 501.616(6)(a)',
    sendAnyway: false,
  },
  sendAnyway: 'not_allowed',
};

/** A server answering the send window with `window` and a send with a stored message. */
function server(window: SendWindow) {
  const posts: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        posts.push(JSON.parse(String(init.body)));
        return json(201, { id: 'm1', status: 'queued' });
      }
      if (url.endsWith('/send-window')) return json(200, window);
      return json(404, { error: { code: 'not_found', message: 'Not found' } });
    }),
  );
  return posts;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const type = (text: string) =>
  fireEvent.change(screen.getByLabelText('Message to the lead'), { target: { value: text } });

describe('<Composer> when a text would be held', () => {
  it('says until when and why, and sends anyway only with a reason', async () => {
    const posts = server(heldByFederalHours);
    const onSent = vi.fn();
    render(<Composer leadId="l1" disabledReason={null} onSent={onSent} />);
    const notice = await screen.findByTestId('send-window');
    expect(notice.textContent).toMatch(/A text now would be held until .+ — federal calling hours/);

    type('Address: 12 Elm St');
    fireEvent.click(screen.getByLabelText('Send anyway'));
    const sendNow = screen.getByRole('button', { name: 'Send now' }) as HTMLButtonElement;
    expect(sendNow.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Why it cannot wait/), {
      target: { value: 'They are at the door' },
    });
    expect(sendNow.disabled).toBe(false);
    fireEvent.click(sendNow);
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(posts).toEqual([{ body: 'Address: 12 Elm St', sendAnyway: { reason: 'They are at the door' } }]);
  });

  it('offers no way past a rule no one may pass, and a plain send waits', async () => {
    const posts = server(heldByFlorida);
    const onSent = vi.fn();
    render(<Composer leadId="l1" disabledReason={null} onSent={onSent} />);
    expect((await screen.findByTestId('send-window')).textContent).toMatch(/Florida calling hours/);
    expect(screen.getByText(/No one may send past this rule/)).toBeTruthy();
    expect(screen.queryByLabelText('Send anyway')).toBeNull();

    type('Address: 12 Elm St');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(posts).toEqual([{ body: 'Address: 12 Elm St' }]);
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeadSummary } from '../../api/leads.ts';
import type { PossibleOptOut } from '../../api/types.ts';
import { LeadRow } from '../inbox/LeadRow.tsx';
import { PossibleOptOutBanner } from './PossibleOptOutBanner.tsx';

const flag: PossibleOptOut = {
  id: 'f1',
  conversationId: 'cv1',
  leadId: 'l1',
  messageId: 'm1',
  channel: 'sms',
  score: 0.55,
  trigger: 'ok stop for now lol',
  source: 'detector',
  flaggedAt: '2026-01-15T16:00:00.000Z',
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server holding one flag until a decision, answering each decision with `decision`. */
function server(decision: { status: number; body: unknown }) {
  let standing = true;
  const calls: { method: string; url: string }[] = [];
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ method, url });
    if (method === 'POST') {
      // A decision taken, here or by someone else first, ends the flag; a failure leaves it standing.
      if (decision.status === 200 || decision.status === 409) standing = false;
      return json(decision.status, decision.body);
    }
    return json(200, { conversationId: 'cv1', items: standing ? [flag] : [] });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('<PossibleOptOutBanner>', () => {
  it('shows the trigger words and confirms the opt-out', async () => {
    const calls = server({ status: 200, body: { resolution: 'confirmed' } });
    const onDecided = vi.fn();
    render(<PossibleOptOutBanner conversationId="cv1" revision={0} onDecided={onDecided} />);
    expect(await screen.findByText('Possible opt-out: “ok stop for now lol”')).toBeTruthy();
    expect(screen.getByText(/No automated text goes to them/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Confirm opt-out' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([
      '/api/v1/conversations/cv1/possible-opt-out/confirm',
    ]);
    await waitFor(() => expect(screen.queryByText(/Possible opt-out/)).toBeNull());
  });

  it('clears it with "Not an opt-out"', async () => {
    const calls = server({ status: 200, body: { resolution: 'cleared' } });
    const onDecided = vi.fn();
    render(<PossibleOptOutBanner conversationId="cv1" revision={0} onDecided={onDecided} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not an opt-out' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([
      '/api/v1/conversations/cv1/possible-opt-out/clear',
    ]);
  });

  it('takes a decision someone else made first (409) as news, not an error', async () => {
    server({ status: 409, body: { error: { code: 'no_possible_opt_out', message: 'No possible opt-out' } } });
    const onDecided = vi.fn();
    render(<PossibleOptOutBanner conversationId="cv1" revision={0} onDecided={onDecided} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm opt-out' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an error and keeps the actions when the decision fails', async () => {
    server({
      status: 500,
      body: { error: { code: 'internal_error', message: 'The server could not answer' } },
    });
    const onDecided = vi.fn();
    render(<PossibleOptOutBanner conversationId="cv1" revision={0} onDecided={onDecided} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm opt-out' }));
    expect(await screen.findByText(/The server could not answer/)).toBeTruthy();
    expect(onDecided).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Not an opt-out' })).toBeTruthy();
  });

  it('shows nothing when no flag stands', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { conversationId: 'cv1', items: [] })),
    );
    const { container } = render(
      <PossibleOptOutBanner conversationId="cv1" revision={0} onDecided={() => {}} />,
    );
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});

describe('<LeadRow> in the inbox', () => {
  const lead = {
    id: 'l1',
    name: 'Dana Doe',
    phone: '+15125550100',
    email: null,
    stage: 'engaged',
    score: 40,
    source: 'sms',
    needsHuman: false,
    assistantPaused: false,
    assignedUserName: null,
    speedToLeadSeconds: 12,
    lastActivityAt: '2026-01-15T16:00:00.000Z',
    receivedAt: '2026-01-15T15:00:00.000Z',
    lastMessage: null,
  } as unknown as LeadSummary;

  it('badges a lead with a standing possible opt-out, with the words', () => {
    render(
      <ul>
        <LeadRow lead={lead} possibleOptOut={flag} />
      </ul>,
    );
    expect(screen.getByText('Possible opt-out: “ok stop for now lol”')).toBeTruthy();
  });

  it('shows no such badge otherwise', () => {
    render(
      <ul>
        <LeadRow lead={lead} />
      </ul>,
    );
    expect(screen.queryByText(/Possible opt-out/)).toBeNull();
  });
});

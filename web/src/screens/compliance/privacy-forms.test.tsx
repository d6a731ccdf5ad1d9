import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileRequestDialog } from './FileRequestDialog.tsx';
import { checkDraft, EMPTY_DRAFT, requestBody } from './privacy-forms.ts';
import { RequestDetailDialog } from './RequestDetailDialog.tsx';

type Route = (url: string, init?: RequestInit) => { status: number; body: unknown };

function serve(route: Route) {
  return vi.fn(async (url: string, init?: RequestInit) => {
    const { status, body } = route(url, init);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
}

const detail = (kind: string, status = 'verified') => ({
  id: 'r1',
  kind,
  status,
  jurisdiction: 'gdpr',
  dueAt: '2026-12-29T00:00:00.000Z',
  acknowledgeBy: null,
  contactId: 'c1',
  createdAt: '2026-11-29T00:00:00.000Z',
  completedAt: null,
  channel: 'team',
  verifiedAt: '2026-11-29T00:00:00.000Z',
  rejectedReason: null,
  trail: [
    {
      action: 'request.filed',
      actorType: 'user',
      actorId: 'u1',
      details: {},
      at: '2026-11-29T00:00:00.000Z',
    },
  ],
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('filing a request', () => {
  it('asks for the person and sends exactly one of phone or email', () => {
    expect(checkDraft(EMPTY_DRAFT).person).toMatch(/phone number/);
    expect(checkDraft({ ...EMPTY_DRAFT, personBy: 'email', person: 'dana' }).person).toMatch(/not an email/);
    expect(
      requestBody({ ...EMPTY_DRAFT, kind: 'restriction', person: ' +1 512 555 0100 ', note: ' ' }),
    ).toEqual({
      kind: 'restriction',
      phone: '+1 512 555 0100',
      jurisdiction: 'other',
    });
    expect(
      requestBody({ ...EMPTY_DRAFT, personBy: 'email', person: 'd@example.com', note: 'by letter' }),
    ).toEqual({
      kind: 'access',
      email: 'd@example.com',
      jurisdiction: 'other',
      note: 'by letter',
    });
  });

  it('shows a missing person by the field, then posts and reports the new id', async () => {
    const fetch = serve(() => ({ status: 201, body: { id: 'r9' } }));
    vi.stubGlobal('fetch', fetch);
    const onFiled = vi.fn();
    render(<FileRequestDialog onClose={() => {}} onFiled={onFiled} />);
    fireEvent.click(screen.getByRole('button', { name: 'File the request' }));
    expect(screen.getByText("Give the person's phone number")).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Request'), { target: { value: 'correction' } });
    fireEvent.click(screen.getByLabelText('Email'));
    fireEvent.change(screen.getByLabelText("The person's email"), { target: { value: 'd@example.com' } });
    fireEvent.change(screen.getByLabelText('Jurisdiction'), { target: { value: 'gdpr' } });
    fireEvent.click(screen.getByRole('button', { name: 'File the request' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalledWith('r9'));
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1]?.body))).toEqual({
      kind: 'correction',
      email: 'd@example.com',
      jurisdiction: 'gdpr',
    });
  });
});

describe('answering a request', () => {
  it('completes a correction with the corrected fields only', async () => {
    const fetch = serve((_url, init) =>
      init?.method === 'POST'
        ? { status: 200, body: { request: { ...detail('correction', 'completed') } } }
        : { status: 200, body: detail('correction') },
    );
    vi.stubGlobal('fetch', fetch);
    const onChanged = vi.fn();
    render(<RequestDetailDialog id="r1" onClose={() => {}} onChanged={onChanged} />);
    fireEvent.change(await screen.findByLabelText('Corrected name'), { target: { value: 'Dana Smith' } });
    fireEvent.click(screen.getByRole('button', { name: 'Complete' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe('/api/v1/privacy/requests/r1/complete');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ fields: { name: 'Dana Smith' } });
  });

  it('shows the one-time download link of an export with a copy button', async () => {
    const exported = {
      url: '/privacy/exports/abcdefghijklmnopqrstuvwxyz',
      expiresAt: '2026-12-06T00:00:00.000Z',
      bytes: 10,
    };
    vi.stubGlobal(
      'fetch',
      serve((_url, init) =>
        init?.method === 'POST'
          ? { status: 200, body: { request: detail('portability', 'completed'), export: exported } }
          : { status: 200, body: detail('portability') },
      ),
    );
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<RequestDetailDialog id="r1" onClose={() => {}} onChanged={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Complete' }));
    const link = (await screen.findByLabelText('Download link')) as HTMLInputElement;
    expect(link.value).toMatch(/\/privacy\/exports\/abcdefghijklmnopqrstuvwxyz$/);
    expect(screen.getByText(/works once and expires/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link' }));
    await screen.findByText('Copied');
    expect(writeText).toHaveBeenCalledWith(link.value);
  });

  it('asks for a reason before rejecting', async () => {
    const fetch = serve((_url, init) =>
      init?.method === 'POST'
        ? { status: 200, body: detail('access', 'rejected') }
        : { status: 200, body: detail('access') },
    );
    vi.stubGlobal('fetch', fetch);
    render(<RequestDetailDialog id="r1" onClose={() => {}} onChanged={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reject' }));
    expect(screen.getByText('Give the reason, it is sent to the person')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason for rejecting'), {
      target: { value: 'Identity not proven' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await waitFor(() =>
      expect(fetch.mock.calls.some(([u]) => u === '/api/v1/privacy/requests/r1/reject')).toBe(true),
    );
  });
});

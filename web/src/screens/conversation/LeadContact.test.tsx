import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { Lead } from '../../api/leads.ts';
import { contactChanges, fieldErrors, filledFields } from './contact-form.ts';
import { LeadContact } from './LeadContact.tsx';

const contact = {
  id: 'c1',
  name: 'Dana Doe',
  firstName: 'Dana',
  phone: '+15125550100',
  phoneValid: true,
  phoneRaw: '512 555 0100',
  email: null,
  state: null,
  zip: null,
  timezone: null,
  restricted: false,
};
const lead = (restricted = false) => ({ id: 'l1', contact: { ...contact, restricted } }) as unknown as Lead;

function answer(status: number, body: unknown) {
  return vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the contact correction', () => {
  it('sends only what changed, an emptied field as null', () => {
    const before = { name: 'Dana Doe', email: '', phone: '+15125550100' };
    expect(contactChanges(before, { name: ' Dana Doe ', email: 'd@example.com', phone: '' })).toEqual({
      email: 'd@example.com',
      phone: null,
    });
    expect(filledFields({ name: ' ', email: 'd@example.com', phone: '' })).toEqual({
      email: 'd@example.com',
    });
  });

  it("places the API's refusals by their field", () => {
    expect(
      fieldErrors(
        new ApiError(422, 'invalid_email', 'That is not a valid email address', { field: 'email' }),
      ),
    ).toEqual({
      email: 'That is not a valid email address',
    });
    expect(fieldErrors(new ApiError(409, 'contact_exists', 'Another contact has that phone number'))).toEqual(
      {
        phone: 'Another contact has that phone number',
      },
    );
    const issues = { issues: [{ path: 'body.name', message: 'Too long' }] };
    expect(fieldErrors(new ApiError(400, 'validation_failed', 'The request is not valid', issues))).toEqual({
      name: 'Too long',
    });
    expect(fieldErrors(new ApiError(500, 'internal_error', 'oops'))).toEqual({});
  });
});

describe('<LeadContact>', () => {
  it('is read-only for agents', () => {
    render(<LeadContact lead={lead()} onChanged={() => {}} editable={false} />);
    expect(screen.getByText('Dana Doe')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit the contact' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Restrict processing' })).toBeNull();
  });

  it('shows a refused email by the email field and keeps the form', async () => {
    const fetch = answer(422, {
      error: {
        code: 'invalid_email',
        message: 'That is not a valid email address',
        details: { field: 'email' },
      },
    });
    vi.stubGlobal('fetch', fetch);
    const onChanged = vi.fn();
    render(<LeadContact lead={lead()} onChanged={onChanged} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit the contact' }));
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the contact' }));
    await screen.findByText('That is not a valid email address');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/contacts/c1');
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'nope' });
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('restricts processing only after the confirmation, and shows the restricted state', async () => {
    const fetch = answer(200, { ...contact, restricted: true, restrictedAt: null, updatedAt: '' });
    vi.stubGlobal('fetch', fetch);
    const onChanged = vi.fn();
    const { rerender } = render(<LeadContact lead={lead()} onChanged={onChanged} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Restrict processing' }));
    const dialog = screen.getByRole('dialog', { name: 'Restrict processing?' });
    expect(dialog.textContent).toMatch(/no texts are sent, no calls are made/);
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('button', { name: 'Restrict processing' }).at(-1) as HTMLElement);
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/v1/contacts/c1/restriction');
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('POST');
    rerender(<LeadContact lead={lead(true)} onChanged={onChanged} editable />);
    expect(screen.getByTestId('contact-restricted')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lift restriction' })).toBeTruthy();
  });

  it('closes the confirmation on Escape without a call', () => {
    const fetch = answer(200, {});
    vi.stubGlobal('fetch', fetch);
    render(<LeadContact lead={lead()} onChanged={() => {}} editable />);
    fireEvent.click(screen.getByRole('button', { name: 'Restrict processing' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

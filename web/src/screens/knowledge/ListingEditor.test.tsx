import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListingEditor } from './ListingEditor.tsx';
import { fakeServer, invalid } from './test-server.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const saved = (body: unknown) => ({
  status: 201,
  body: {
    id: 'l1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...(body as object),
  },
});

function renderEditor() {
  const onSaved = vi.fn();
  render(
    <ListingEditor listing={null} workspaceZone="America/Chicago" onSaved={onSaved} onCancel={() => {}} />,
  );
  return onSaved;
}

const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('<ListingEditor>', () => {
  it('checks the form before sending: each mistake beside its input, nothing sent', async () => {
    const calls = fakeServer({ 'POST /api/v1/knowledge/listings': saved });
    renderEditor();
    type('Price ($)', 'lots');
    fireEvent.click(screen.getByRole('button', { name: 'Add an open house' }));
    type('Open house 1 day', '2026-01-17');
    type('Starts', '16:00');
    type('Ends', '13:00');
    fireEvent.click(screen.getByRole('button', { name: 'Add listing' }));
    expect(await screen.findByText('Enter the street address')).toBeTruthy();
    expect(screen.getByLabelText('Address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number, 0 or more')).toBeTruthy();
    expect(screen.getByLabelText('Ends').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Ends after it starts')).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it("shows the server's refusals by field, then saves with the open house in the listing's zone", async () => {
    let refuse = true;
    const calls = fakeServer({
      'POST /api/v1/knowledge/listings': (body) =>
        refuse
          ? invalid([
              { path: 'body.openHouses.0.start', message: 'must be between 1970 and 2200' },
              { path: 'body.petsPolicy', message: 'Too big: expected string to have <=300 characters' },
            ])
          : saved(body),
    });
    const onSaved = renderEditor();
    type('Address', '410 Harbor View Dr');
    type('Pets policy', 'Cats welcome');
    type('Time zone', 'America/New_York');
    fireEvent.click(screen.getByRole('button', { name: 'Add an open house' }));
    type('Open house 1 day', '2026-01-17');
    type('Starts', '13:00');
    type('Ends', '16:00');
    fireEvent.click(screen.getByRole('button', { name: 'Add listing' }));
    expect(await screen.findByText('must be between 1970 and 2200')).toBeTruthy();
    expect(screen.getByLabelText('Starts').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Pets policy').getAttribute('aria-invalid')).toBe('true');
    expect(onSaved).not.toHaveBeenCalled();

    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Add listing' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(calls[1]?.body).toMatchObject({
      address: '410 Harbor View Dr',
      petsPolicy: 'Cats welcome',
      timeZone: 'America/New_York',
      status: 'active',
      openHouses: [{ start: '2026-01-17T13:00:00-05:00', end: '2026-01-17T16:00:00-05:00' }],
    });
  });

  it('puts a conflict that names no field in a banner', async () => {
    fakeServer({
      'POST /api/v1/knowledge/listings': () => ({
        status: 409,
        body: {
          error: {
            code: 'listing_exists',
            message: 'Another listing of this workspace has this address or MLS number',
          },
        },
      }),
    });
    renderEditor();
    type('Address', '12 Oak St');
    fireEvent.click(screen.getByRole('button', { name: 'Add listing' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Another listing of this workspace');
  });
});

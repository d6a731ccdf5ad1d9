import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../knowledge/test-server.ts';
import { LEAD_GONE, leadLabel, useLeadNames } from './use-lead-names.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Names({ ids }: { ids: string[] }) {
  const names = useLeadNames(ids);
  return (
    <ul>
      {ids.map((id) => (
        <li key={id}>{names.get(id) ?? 'pending'}</li>
      ))}
    </ul>
  );
}

describe('useLeadNames', () => {
  it('names each lead once, by name, else phone, and a lead that is gone as such, never by its id', async () => {
    const calls = fakeServer({
      'GET /api/v1/leads/lead-1': () => ({
        status: 200,
        body: { contact: { name: 'Nora Named', phone: '+15125550181', email: null } },
      }),
      'GET /api/v1/leads/lead-2': () => ({
        status: 200,
        body: { contact: { name: null, phone: '+15125550182', email: null } },
      }),
    });
    render(<Names ids={['lead-1', 'lead-2', 'lead-1', 'lead-3']} />);
    expect(await screen.findAllByText('Nora Named')).toHaveLength(2);
    await screen.findByText('+15125550182');
    await screen.findByText(LEAD_GONE);
    expect(screen.getByRole('list').textContent).not.toContain('lead-');
    expect(calls.filter((c) => c.url === '/api/v1/leads/lead-1')).toHaveLength(1);
  });

  it('labels a contact by name, phone or email', () => {
    expect(leadLabel({ name: ' ', phone: null, email: 'a@example.com' })).toBe('a@example.com');
    expect(leadLabel({ name: null, phone: null, email: null })).toBe('Unnamed lead');
  });
});

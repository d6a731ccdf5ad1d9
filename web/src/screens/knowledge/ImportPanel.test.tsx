import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from './ImportPanel.tsx';
import { fakeServer } from './test-server.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CSV = 'address,price\n21 Coral Way,499000\n22 Coral Way,not money\n';

const outcome = (dryRun: boolean) => ({
  dryRun,
  created: 1,
  updated: 0,
  rejected: 1,
  rows: [
    { line: 2, outcome: 'created', id: dryRun ? null : 'l1', reason: null },
    { line: 3, outcome: 'rejected', id: null, reason: '"not money" is not an amount' },
  ],
});

describe('<ImportPanel>', () => {
  it('checks the file without writing, lists the rows with errors, and imports on confirmation', async () => {
    const calls = fakeServer({
      'POST /api/v1/knowledge/listings/import': (_body, url) => ({
        status: 200,
        body: outcome(url.searchParams.get('dryRun') === 'true'),
      }),
    });
    const onImported = vi.fn();
    render(<ImportPanel onImported={onImported} />);
    const file = new File([CSV], 'listings.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });

    expect(await screen.findByText('listings.csv: 1 new, 0 updated, 1 with errors.')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '"not money" is not an amount' })).toBeTruthy();
    expect(calls).toEqual([
      { method: 'POST', url: '/api/v1/knowledge/listings/import?dryRun=true', body: CSV },
    ]);
    expect(onImported).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Import 1 listing' }));
    expect(await screen.findByText('Imported: 1 new, 0 updated, 1 skipped.')).toBeTruthy();
    expect(calls[1]).toEqual({
      method: 'POST',
      url: '/api/v1/knowledge/listings/import?dryRun=false',
      body: CSV,
    });
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
  });

  it("shows the server's refusal of the whole file", async () => {
    fakeServer({
      'POST /api/v1/knowledge/listings/import': () => ({
        status: 400,
        body: { error: { code: 'missing_column', message: 'The file needs an "address" column' } },
      }),
    });
    render(<ImportPanel onImported={() => {}} />);
    const file = new File(['price\n1\n'], 'bad.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV file'), { target: { files: [file] } });
    expect((await screen.findByRole('alert')).textContent).toContain('needs an "address" column');
    expect(screen.queryByRole('button', { name: /Import \d/ })).toBeNull();
  });
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type InboxFilters as Filters, filtersFromSearch, searchFromFilters } from './filters.ts';
import { InboxFilters } from './InboxFilters.tsx';

/** The filters as the inbox holds them: in the address, read back after each change. */
function Harness({ start, onAddress }: { start: string; onAddress(search: string): void }) {
  const [search, setSearch] = useState(start);
  const change = (next: Filters) => {
    const written = searchFromFilters(next);
    setSearch(written);
    onAddress(written);
  };
  return (
    <InboxFilters
      filters={filtersFromSearch(search)}
      team={[{ id: 'u1', name: 'Avery Agent' }]}
      onChange={change}
    />
  );
}

describe('<InboxFilters>', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the filters the address holds', () => {
    render(<Harness start="stage=engaged&agent=u1&needsHuman=true&q=oak" onAddress={() => {}} />);
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('engaged');
    expect((screen.getByLabelText('Agent') as HTMLSelectElement).value).toBe('u1');
    expect((screen.getByLabelText('Needs a human') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('oak');
  });

  it('writes a choice to the address at once, and a search once typing pauses', () => {
    const onAddress = vi.fn();
    render(<Harness start="" onAddress={onAddress} />);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'qualified' } });
    expect(onAddress).toHaveBeenLastCalledWith('stage=qualified');

    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'dana ' } });
    act(() => vi.advanceTimersByTime(100));
    expect(onAddress).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(300));
    expect(onAddress).toHaveBeenLastCalledWith('stage=qualified&q=dana');
    // The space just typed stays in the box while the address holds the trimmed search.
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('dana ');

    fireEvent.click(screen.getByLabelText('Needs a human'));
    expect(onAddress).toHaveBeenLastCalledWith('stage=qualified&needsHuman=true&q=dana');
    fireEvent.click(screen.getByLabelText('Needs a human'));
    expect(onAddress).toHaveBeenLastCalledWith('stage=qualified&q=dana');
  });
});

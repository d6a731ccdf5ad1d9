import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatTimeRange } from '../../components/time-format.ts';
import { CalendarGrid } from './CalendarGrid.tsx';
import { Dialog } from './Dialog.tsx';
import type { Appointment } from './types.ts';
import { visibleDays } from './week-grid.ts';

const NY = 'America/New_York';

function appointment(id: string, start: string, end: string): Appointment {
  return {
    id,
    leadId: 'lead',
    appointmentTypeId: 'type',
    agentId: 'agent',
    start,
    end,
    agentTimezone: NY,
    leadTimezone: NY,
    status: 'booked',
    location: { kind: 'office', text: null },
    notes: null,
    bookedVia: 'agent',
  };
}

afterEach(cleanup);

describe('CalendarGrid', () => {
  const days = visibleDays('week', '2026-03-11', NY);
  const items = [
    appointment('a', '2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z'),
    appointment('b', '2026-03-10T14:30:00Z', '2026-03-10T15:30:00Z'),
    appointment('c', '2026-03-12T18:00:00Z', '2026-03-12T19:00:00Z'),
  ];

  function renderGrid(onOpen = vi.fn()) {
    render(
      <CalendarGrid
        days={days}
        appointments={items}
        zone={NY}
        today="2026-03-11"
        describe={(a) => ({ title: `Meeting ${a.id}`, subtitle: 'Ann' })}
        onOpen={onOpen}
      />,
    );
    return onOpen;
  }

  it('names each appointment by its local time, title, agent and status, side by side when they overlap', () => {
    renderGrid();
    // Written as the rest of the dashboard writes times, in the locale the tests run in.
    const range = (start: string, end: string) => formatTimeRange(start, end, NY);
    const a = screen.getByRole('button', {
      name: `${range('2026-03-10T14:00:00Z', '2026-03-10T15:00:00Z')} Meeting a, Ann, booked`,
    });
    const b = screen.getByRole('button', {
      name: `${range('2026-03-10T14:30:00Z', '2026-03-10T15:30:00Z')} Meeting b, Ann, booked`,
    });
    expect(a.textContent).toMatch(/10:00\s*[–-]\s*11:00/);
    expect(a.parentElement?.style.width).toBe('50%');
    expect(b.parentElement?.style.left).toBe('50%');
    expect(
      screen.getByRole('region', { name: `${formatDay('2026-03-10', 'column')}: 2 appointments` }),
    ).toBeTruthy();
    expect(
      screen.getByRole('region', { name: `${formatDay('2026-03-09', 'column')}: no appointments` }),
    ).toBeTruthy();
  });

  it('moves between appointments with the arrow keys and opens one with a click', () => {
    const onOpen = renderGrid();
    const a = screen.getByRole('button', { name: /Meeting a/ });
    a.focus();
    fireEvent.keyDown(a, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toContain('Meeting b');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toContain('Meeting c');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toMatch(/Meeting [ab]/);
    fireEvent.click(document.activeElement as Element);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });
});

describe('Dialog', () => {
  it('takes focus, keeps Tab inside and closes on Escape', () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Book" onClose={onClose}>
        <input aria-label="First" />
        <button type="button">Last</button>
      </Dialog>,
    );
    const first = screen.getByLabelText('First');
    const close = screen.getByRole('button', { name: 'Close' });
    const last = screen.getByRole('button', { name: 'Last' });
    expect(document.activeElement).toBe(first);
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../../api/leads.ts';
import { fakeServer } from '../knowledge/test-server.ts';
import { LeadTimeline } from './LeadTimeline.tsx';
import { timelineLine } from './timeline-lines.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LEAD = '01a24db4-008f-7070-8fe3-07a7804cec44';
const time = (iso: string) => `[${iso}]`;

const ENTRIES: TimelineEntry[] = [
  {
    at: '2026-03-10T15:00:00.000Z',
    kind: 'inquiry',
    summary: 'Inquiry from zillow by api',
    data: {
      inquiryId: '01a24db4-008f-7072-8890-993558f096e1',
      source: 'zillow',
      channel: 'api',
      message: 'Is 12 Oak St still for sale?',
    },
  },
  {
    at: '2026-03-10T15:00:01.000Z',
    kind: 'message',
    summary: 'Text by the assistant blocked: no_consent',
    data: {
      messageId: '01a24db4-00bf-7153-9303-ae8181bc6730',
      body: 'Hi Dana, this is the Demo Realty assistant.',
      direction: 'outbound',
      author: 'assistant',
      status: 'blocked',
      gateReason: 'no_consent',
    },
  },
  {
    at: '2026-03-10T15:05:00.000Z',
    kind: 'message',
    summary: 'Text from the lead',
    data: {
      messageId: '01a24db4-633d-72e4-a81b-c1778ba3ee71',
      body: 'Yes, still looking to buy',
      direction: 'inbound',
      author: 'lead',
      status: 'received',
    },
  },
  {
    at: '2026-03-10T15:06:00.000Z',
    kind: 'stage',
    summary: 'Stage new → handed_off',
    data: { from: 'new', to: 'handed_off', actorType: 'system', actorId: null },
  },
  {
    at: '2026-03-10T15:07:00.000Z',
    kind: 'appointment',
    summary: 'Appointment booked for 2026-03-12T16:00:00.000Z',
    data: {
      appointmentId: '01a24db6-95ee-71e2-b01d-84f700c9a357',
      change: 'booked',
      start: '2026-03-12T16:00:00.000Z',
    },
  },
];

describe('timelineLine', () => {
  it('gives a text its words and says in plain words why one was not sent', () => {
    expect(timelineLine(ENTRIES[1] as TimelineEntry, time)).toEqual({
      text: 'The assistant wrote a text that was not sent: no consent to text this lead',
      quote: 'Hi Dana, this is the Demo Realty assistant.',
    });
    expect(timelineLine(ENTRIES[2] as TimelineEntry, time)).toEqual({
      text: 'The lead texted',
      quote: 'Yes, still looking to buy',
    });
    expect(timelineLine(ENTRIES[0] as TimelineEntry, time).quote).toBe('Is 12 Oak St still for sale?');
  });

  it('names stages and writes times for the viewer', () => {
    expect(timelineLine(ENTRIES[3] as TimelineEntry, time).text).toBe('Stage: New → Handed off');
    expect(timelineLine(ENTRIES[4] as TimelineEntry, time).text).toBe(
      'Appointment booked for [2026-03-12T16:00:00.000Z]',
    );
    const held = timelineLine(
      {
        at: '2026-03-10T15:00:00.000Z',
        kind: 'message',
        summary: '',
        data: {
          direction: 'outbound',
          author: 'agent',
          status: 'deferred',
          gateReason: 'quiet_hours',
          deferUntil: '2026-03-11T14:00:00.000Z',
          body: 'Call me',
        },
      },
      time,
    );
    expect(held.text).toBe(
      "An agent wrote a text that is held: quiet hours in the lead's time zone; it goes out [2026-03-11T14:00:00.000Z]",
    );
  });
});

describe('<LeadTimeline>', () => {
  it('shows each text’s words, newest first, and no ids', async () => {
    fakeServer({
      [`GET /api/v1/leads/${LEAD}/timeline`]: () => ({ status: 200, body: { items: ENTRIES } }),
    });
    render(<LeadTimeline leadId={LEAD} revision={0} />);
    await screen.findByText('Yes, still looking to buy');
    const list = screen.getByRole('list');
    const texts = [...list.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(texts[0]).toMatch(/^Appointment/);
    expect(list.textContent).toContain('Hi Dana, this is the Demo Realty assistant.');
    expect(list.textContent).toContain('Is 12 Oak St still for sale?');
    expect(list.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i);
    expect(list.textContent).not.toContain('2026-03-12T16:00');
  });
});

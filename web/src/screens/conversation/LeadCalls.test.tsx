import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Call, CallDetail } from '../../api/calls.ts';
import { fakeServer } from '../knowledge/test-server.ts';
import { LeadCalls } from './LeadCalls.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const LEAD = '01a24db4-008f-7070-8fe3-07a7804cec44';

const call = (patch: Partial<Call>): Call => ({
  id: 'call-1',
  leadId: LEAD,
  direction: 'inbound',
  from: '+15125550199',
  to: '+15125550100',
  status: 'completed',
  statusHistory: [],
  answeredBy: null,
  greeting: 'Thanks for calling.',
  startedAt: '2026-03-10T15:00:00.000Z',
  connectedAt: '2026-03-10T15:00:01.000Z',
  endedAt: '2026-03-10T15:02:00.000Z',
  durationSeconds: 120,
  outcome: 'conversation',
  handoffReason: null,
  transfer: { to: null, status: null, at: null, attempts: [] },
  recording: { enabled: true, status: 'stored', durationSeconds: 118 },
  ...patch,
});

const detail = (base: Call): CallDetail => ({
  ...base,
  transcript: [
    {
      id: 't1',
      seq: 1,
      speaker: 'caller',
      text: 'Do you have anything in Zilker?',
      heardText: null,
      interrupted: false,
      lang: 'en-US',
      latencyMs: null,
      startedAt: '2026-03-10T15:00:10.000Z',
      endedAt: '2026-03-10T15:00:10.000Z',
    },
    {
      id: 't2',
      seq: 2,
      speaker: 'assistant',
      text: 'I have two homes there. One is on Elm Street.',
      heardText: 'I have two homes there.',
      interrupted: true,
      lang: null,
      latencyMs: 38,
      startedAt: '2026-03-10T15:00:11.000Z',
      endedAt: null,
    },
  ],
});

describe("the lead's calls", () => {
  it('opens a call onto its transcript, marks what the caller talked over, and plays a stored recording', async () => {
    const ended = call({ id: 'call-1' });
    const live = call({
      id: 'call-2',
      status: 'in-progress',
      endedAt: null,
      durationSeconds: null,
      outcome: null,
      recording: { enabled: false, status: null, durationSeconds: null },
      startedAt: '2026-03-10T16:00:00.000Z',
    });
    const calls = fakeServer({
      [`GET /api/v1/leads/${LEAD}/calls`]: () => ({ status: 200, body: { items: [live, ended] } }),
      'GET /api/v1/calls/call-1': () => ({ status: 200, body: detail(ended) }),
      'GET /api/v1/calls/call-2': () => ({ status: 200, body: { ...live, transcript: [] } }),
    });
    render(<LeadCalls leadId={LEAD} revision={0} />);

    // The live call is open by itself; the ended one waits to be opened.
    await screen.findByText('The call has just begun…');
    expect(screen.getByText('Live')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/v1/calls/call-1')).toBe(false);

    screen.getByText(/Call from the lead · 2 min · talked with the assistant/).click();
    const said = await screen.findByText('Do you have anything in Zilker?');
    const transcript = said.closest('ol');
    if (!transcript) throw new Error('no transcript');
    expect(transcript.getAttribute('aria-label')).toBe('Transcript');
    expect(within(transcript).getByText('One is on Elm Street.').tagName).toBe('DEL');
    expect(within(transcript).getByText('interrupted')).toBeTruthy();
    expect(transcript.textContent).toContain('first words in 38 ms');
    const audio = screen.getByLabelText('Recording of the call') as HTMLAudioElement;
    expect(audio.getAttribute('src')).toBe('/api/v1/calls/call-1/recording');
    expect(audio.getAttribute('preload')).toBe('none');
  });

  it('shows nothing for a lead who never called', async () => {
    const calls = fakeServer({
      [`GET /api/v1/leads/${LEAD}/calls`]: () => ({ status: 200, body: { items: [] } }),
    });
    const { container } = render(<LeadCalls leadId={LEAD} revision={0} />);
    await vi.waitFor(() => expect(calls.length).toBe(1));
    expect(container.textContent).toBe('');
  });
});

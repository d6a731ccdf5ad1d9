import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../knowledge/test-server.ts';
import { AssistantSection } from './AssistantSection.tsx';
import { formatMarketAreas, parseMarketAreas } from './market-areas.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const CONVERSATION = {
  assistantName: null,
  tone: 'warm, brief and professional',
  script: { questions: [{ slot: 'intent', required: true, phrasings: ['Buying or selling?'] }] },
  handoff: { hotTimelineMonths: 3, maxTurnsWithoutProgress: 6 },
  replyInLeadLanguage: true,
  marketAreas: [{ name: 'Austin, TX', neighbourhoods: ['Great Hills', 'Zilker'] }],
};
const MESSAGING = {
  firstResponseTemplate: 'Hi {firstName}!',
  helpTemplate: 'Help: {supportContact}',
  stopTemplate: 'You are unsubscribed.',
  startTemplate: 'You are subscribed again.',
};

function server() {
  return fakeServer({
    'GET /api/v1/conversation/settings': () => ({ status: 200, body: CONVERSATION }),
    'GET /api/v1/messaging/settings': () => ({ status: 200, body: MESSAGING }),
    'PATCH /api/v1/conversation/settings': () => ({ status: 200, body: CONVERSATION }),
    'PATCH /api/v1/messaging/settings': () => ({ status: 200, body: MESSAGING }),
    'POST /api/v1/conversations/script/preview': () => ({
      status: 200,
      body: { next: null, qualified: false, handoff: false },
    }),
  });
}

describe('<AssistantSection> market areas', () => {
  it('shows the stored areas one a line and saves what is typed as areas with neighbourhoods', async () => {
    const calls = server();
    render(<AssistantSection />);
    const box = (await screen.findByLabelText('Your market areas')) as HTMLTextAreaElement;
    expect(box.value).toBe('Austin, TX: Great Hills; Zilker');
    fireEvent.change(box, {
      target: { value: 'Austin, TX: Great Hills; Zilker, Mueller\n\nTravis County\n78704' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save assistant settings' }));

    await waitFor(() =>
      expect(calls.some((c) => c.method === 'PATCH' && c.url.endsWith('/conversation/settings'))).toBe(true),
    );
    const patch = calls.find((c) => c.method === 'PATCH' && c.url.endsWith('/conversation/settings'));
    expect(patch?.body).toMatchObject({
      marketAreas: [
        { name: 'Austin, TX', neighbourhoods: ['Great Hills', 'Zilker', 'Mueller'] },
        { name: 'Travis County', neighbourhoods: [] },
        { name: '78704', neighbourhoods: [] },
      ],
    });
  });

  it('names the line that is not a place and sends nothing', async () => {
    const calls = server();
    render(<AssistantSection />);
    const box = await screen.findByLabelText('Your market areas');
    fireEvent.change(box, { target: { value: 'Austin, TX\n!!: Zilker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save assistant settings' }));
    expect((await screen.findAllByText(/Line 2: "!!" is not a place name/)).length).toBeGreaterThan(0);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('reads back what it writes', () => {
    const areas = [
      { name: 'Round Rock, TX', neighbourhoods: [] },
      { name: 'Austin', neighbourhoods: ['Great Hills', 'Travis Heights'] },
    ];
    expect(parseMarketAreas(formatMarketAreas(areas))).toEqual({ value: areas, error: null });
  });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeServer } from '../knowledge/test-server.ts';
import { AssistantSection } from './AssistantSection.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const QUESTIONS = [{ slot: 'intent', required: true, phrasings: ['Buying or selling?'] }];
const CONVERSATION = {
  assistantName: null,
  tone: 'warm, brief and professional',
  script: { questions: QUESTIONS, qualifyWithoutArea: { enabled: true, withinMonths: 3 } },
  handoff: { hotTimelineMonths: 3, maxTurnsWithoutProgress: 6 },
  replyInLeadLanguage: true,
};
const MESSAGING = {
  introTemplate: 'Hi {firstName}, this is the automated assistant for {businessName}.',
  firstResponseTemplate: '{intro} {inquiryReply}',
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
      body: {
        next: { index: 0, slot: 'intent', required: true, phrasing: 'Buying or selling?' },
        qualified: false,
        handoff: false,
      },
    }),
  });
}

describe('<AssistantSection> language, and the script in a form', () => {
  it('saves Spanish replies off without touching the script', async () => {
    const calls = server();
    render(<AssistantSection />);
    const spanish = (await screen.findByLabelText(/Answer leads who write in Spanish/)) as HTMLInputElement;
    expect(spanish.checked).toBe(true);
    fireEvent.click(spanish);
    fireEvent.click(screen.getByRole('button', { name: 'Save assistant settings' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH' && c.url.endsWith('/conversation/settings'));
    expect(patch?.body).toMatchObject({ replyInLeadLanguage: false });
    expect(patch?.body).not.toHaveProperty('script');
  });

  it('shows and saves how the assistant introduces itself', async () => {
    const calls = server();
    render(<AssistantSection />);
    const intro = (await screen.findByLabelText(
      'How the assistant introduces itself',
    )) as HTMLTextAreaElement;
    expect(intro.value).toBe(MESSAGING.introTemplate);
    fireEvent.change(intro, {
      target: { value: 'Hi {firstName}! Automated assistant of {businessName} here.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save assistant settings' }));

    await waitFor(() =>
      expect(calls.some((c) => c.method === 'PATCH' && c.url.endsWith('/messaging/settings'))).toBe(true),
    );
    const patch = calls.find((c) => c.method === 'PATCH' && c.url.endsWith('/messaging/settings'));
    expect(patch?.body).toMatchObject({
      introTemplate: 'Hi {firstName}! Automated assistant of {businessName} here.',
      firstResponseTemplate: '{intro} {inquiryReply}',
    });
  });

  it('edits the qualification script as questions, not JSON, and saves it with the rule', async () => {
    const calls = server();
    render(<AssistantSection />);
    const wording = (await screen.findByLabelText('Question 1 wording')) as HTMLTextAreaElement;
    expect(wording.value).toBe('Buying or selling?');
    expect((screen.getByLabelText('Question 1 asks for') as HTMLSelectElement).value).toBe('intent');
    expect(screen.queryByLabelText('Questions (JSON)')).toBeNull();
    expect(document.querySelector('textarea.code')).toBeNull();

    fireEvent.change(wording, { target: { value: 'Are you buying or selling?\nBuy or sell?' } });
    fireEvent.change(screen.getByLabelText('Near timeline for that (months)'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save script' }));

    await waitFor(() =>
      expect(calls.some((c) => c.method === 'PATCH' && c.url.endsWith('/conversation/settings'))).toBe(true),
    );
    const patch = calls.find((c) => c.method === 'PATCH' && c.url.endsWith('/conversation/settings'));
    expect(patch?.body).toEqual({
      script: {
        questions: [
          { slot: 'intent', required: true, phrasings: ['Are you buying or selling?', 'Buy or sell?'] },
        ],
        qualifyWithoutArea: { enabled: true, withinMonths: 4 },
      },
      handoff: CONVERSATION.handoff,
    });
  });

  it('refuses a question with no wording and sends nothing, and previews the next question', async () => {
    const calls = server();
    render(<AssistantSection />);
    await screen.findByText(/Next: question 1, Buy, sell or rent: “Buying or selling\?”/);
    fireEvent.change(screen.getByLabelText('Question 1 wording'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save script' }));
    expect((await screen.findAllByText('Write at least one way to ask')).length).toBeGreaterThan(0);
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    expect(screen.getByTestId('next-question').textContent).toBe('Fix the script to see the preview.');
  });
});

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
  replyInLeadLanguage: true,
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
  });
}

describe('<AssistantSection> language and qualification rule', () => {
  it('shows the stored settings and saves Spanish replies off and the rule at 4 months', async () => {
    const calls = server();
    render(<AssistantSection />);
    const spanish = (await screen.findByLabelText(/Answer leads who write in Spanish/)) as HTMLInputElement;
    expect(spanish.checked).toBe(true);
    const rule = screen.getByLabelText(/Qualify a lead ready to move without an area/) as HTMLInputElement;
    expect(rule.checked).toBe(true);
    const months = screen.getByLabelText(/Ready to move: within/) as HTMLInputElement;
    expect(months.value).toBe('3');
    // The rule has its own inputs: the JSON shows the questions only.
    expect((screen.getByLabelText('Questions (JSON)') as HTMLTextAreaElement).value).not.toContain(
      'qualifyWithoutArea',
    );

    fireEvent.click(spanish);
    fireEvent.change(months, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save assistant settings' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH' && c.url.endsWith('/conversation/settings'));
    expect(patch?.body).toMatchObject({
      replyInLeadLanguage: false,
      script: { questions: QUESTIONS, qualifyWithoutArea: { enabled: true, withinMonths: 4 } },
    });
  });

  it('refuses a number of months that is not a whole number from 0 to 24, and sends nothing', async () => {
    const calls = server();
    render(<AssistantSection />);
    const months = (await screen.findByLabelText(/Ready to move: within/)) as HTMLInputElement;
    fireEvent.change(months, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save assistant settings' }));
    expect((await screen.findAllByText('A whole number of months, 0 to 24')).length).toBeGreaterThan(0);
    expect(months.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });
});

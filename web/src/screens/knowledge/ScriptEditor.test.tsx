import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextQuestionPreview, ScriptEditor } from './ScriptEditor.tsx';
import { fakeServer, invalid } from './test-server.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SETTINGS = {
  assistantName: null,
  script: {
    questions: [
      { slot: 'intent', required: true, phrasings: ['Buying or selling?'] },
      { slot: 'budget', intents: ['buy'], required: true, phrasings: ['What budget?', 'What price range?'] },
    ],
    qualifyWithoutArea: { enabled: true, withinMonths: 3 },
  },
  handoff: { hotTimelineMonths: 3, maxTurnsWithoutProgress: 6 },
};

describe('<NextQuestionPreview>', () => {
  it('asks the server which question comes next for the sample lead, and says what it answered', async () => {
    const calls = fakeServer({
      'POST /api/v1/conversations/script/preview': (body) => {
        const profile = (body as { profile: { intent?: string } }).profile;
        return {
          status: 200,
          body: profile.intent
            ? {
                next: { index: 1, slot: 'budget', required: true, phrasing: 'What budget?' },
                qualified: false,
                handoff: false,
              }
            : {
                next: { index: 0, slot: 'intent', required: true, phrasing: 'Buying or selling?' },
                qualified: false,
                handoff: false,
              },
        };
      },
    });
    render(<NextQuestionPreview script={SETTINGS.script as never} hotTimelineMonths={3} />);
    const output = await screen.findByText(/Next: question 1, Buy, sell or rent/);
    expect(output.textContent).toContain('“Buying or selling?”');

    fireEvent.change(screen.getByLabelText('Intent'), { target: { value: 'buy' } });
    fireEvent.change(screen.getByLabelText('Budget up to ($)'), { target: { value: 'not sure' } });
    await screen.findByText(/Next: question 2, Budget: “What budget\?”/);
    // Sent: the draft script, the threshold, and only the facts that are known (a non-number is unknown).
    expect(calls.at(-1)?.body).toEqual({
      script: SETTINGS.script,
      hotTimelineMonths: 3,
      profile: { intent: 'buy' },
    });
  });

  it('says when the lead would be handed off, and waits for a valid script', async () => {
    fakeServer({
      'POST /api/v1/conversations/script/preview': () => ({
        status: 200,
        body: { next: null, qualified: true, handoff: true },
      }),
    });
    const { rerender } = render(<NextQuestionPreview script={null} hotTimelineMonths={null} />);
    expect(screen.getByText('Fix the script to see the preview.')).toBeTruthy();
    rerender(<NextQuestionPreview script={SETTINGS.script as never} hotTimelineMonths={3} />);
    expect(await screen.findByText(/hands the lead to an agent now/)).toBeTruthy();
  });
});

describe('<ScriptEditor>', () => {
  it('edits questions in a form, refuses an empty wording, and saves the script keeping its other rules', async () => {
    let settings = structuredClone(SETTINGS);
    const calls = fakeServer({
      'GET /api/v1/conversation/settings': () => ({ status: 200, body: settings }),
      'PATCH /api/v1/conversation/settings': (body) => {
        settings = { ...settings, ...(body as object) };
        return { status: 200, body: settings };
      },
      'POST /api/v1/conversations/script/preview': () => ({
        status: 200,
        body: { next: null, qualified: false, handoff: false },
      }),
    });
    render(<ScriptEditor />);
    const wording = await screen.findByLabelText('Question 2 wording');
    expect((wording as HTMLTextAreaElement).value).toBe('What budget?\nWhat price range?');

    fireEvent.change(wording, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save script' }));
    expect(await screen.findByText('Write at least one way to ask')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.change(wording, { target: { value: 'What price range works?\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    fireEvent.change(screen.getByLabelText('Hot lead: moving within (months)'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save script' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.body).toEqual({
      script: {
        questions: [
          { slot: 'budget', intents: ['buy'], required: true, phrasings: ['What price range works?'] },
          { slot: 'intent', required: true, phrasings: ['Buying or selling?'] },
        ],
        qualifyWithoutArea: { enabled: true, withinMonths: 3 },
      },
      handoff: { hotTimelineMonths: 2, maxTurnsWithoutProgress: 6 },
    });
  });

  it("shows the server's refusal beside the question it names", async () => {
    fakeServer({
      'GET /api/v1/conversation/settings': () => ({ status: 200, body: SETTINGS }),
      'PATCH /api/v1/conversation/settings': () =>
        invalid([
          { path: 'body.script.questions.0.phrasings.0', message: 'Too big: at most 300 characters' },
        ]),
      'POST /api/v1/conversations/script/preview': () => ({
        status: 200,
        body: { next: null, qualified: false, handoff: false },
      }),
    });
    render(<ScriptEditor />);
    await screen.findByLabelText('Question 1 wording');
    fireEvent.click(screen.getByRole('button', { name: 'Save script' }));
    expect(await screen.findByText('Too big: at most 300 characters')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByLabelText('Question 1 wording').getAttribute('aria-invalid')).toBe('true'),
    );
  });
});

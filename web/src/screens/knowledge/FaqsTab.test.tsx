import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaqsTab } from './FaqsTab.tsx';
import { fakeServer } from './test-server.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const HOA = {
  id: 'f1',
  question: 'Do your listings have HOA fees?',
  answer: 'Some do; each listing shows its monthly HOA fee.',
  keywords: ['hoa'],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('<FaqsTab>', () => {
  it('previews a lead question against the entry as edited, then saves it', async () => {
    const calls = fakeServer({
      'GET /api/v1/knowledge/faqs': () => ({ status: 200, body: { items: [HOA] } }),
      'POST /api/v1/knowledge/faqs/preview': (body) => {
        const { draft } = body as { draft?: { keywords: string[] } };
        return {
          status: 200,
          body: {
            match: draft?.keywords.includes('dues')
              ? { faq: { id: 'f1', question: HOA.question, answer: HOA.answer }, score: 1, draft: true }
              : null,
          },
        };
      },
      'PATCH /api/v1/knowledge/faqs/f1': (body) => ({ status: 200, body: { ...HOA, ...(body as object) } }),
    });
    render(<FaqsTab />);
    fireEvent.click(await screen.findByRole('button', { name: `Edit ${HOA.question}` }));
    fireEvent.change(screen.getByLabelText('A lead texts'), { target: { value: 'what are the dues' } });
    fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    expect(await screen.findByText(/No entry matches/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Keywords'), { target: { value: 'hoa, dues' } });
    fireEvent.click(screen.getByRole('button', { name: 'Try it' }));
    expect((await screen.findByText(/as edited/)).textContent).toContain('score 1');
    expect(calls.at(-1)?.body).toEqual({
      question: 'what are the dues',
      draft: { id: 'f1', question: HOA.question, answer: HOA.answer, keywords: ['hoa', 'dues'] },
    });

    fireEvent.change(screen.getByLabelText('Answer'), { target: { value: 'x'.repeat(307) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    expect(await screen.findByText('At most 306 characters (two texts)')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    fireEvent.change(screen.getByLabelText('Answer'), { target: { value: 'Most condos have one.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save entry' }));
    await screen.findByRole('button', { name: 'Add FAQ entry' });
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      question: HOA.question,
      answer: 'Most condos have one.',
      keywords: ['hoa', 'dues'],
    });
  });
});

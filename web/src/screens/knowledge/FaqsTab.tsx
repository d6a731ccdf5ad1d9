import { type FormEvent, useState } from 'react';
import {
  createFaq,
  deleteFaq,
  type Faq,
  type FaqInput,
  type FaqPreviewResult,
  listFaqs,
  previewFaq,
  updateFaq,
} from '../../api/knowledge.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { apiFieldErrors, errorFor, type FieldErrors } from '../settings/form-errors.ts';
import { SaveStatus, TextAreaField } from '../settings/parts.tsx';

/** Two plain text messages: what the server accepts for an answer. */
export const FAQ_ANSWER_MAX = 306;

interface FaqForm {
  question: string;
  answer: string;
  keywords: string;
}

export function faqInput(form: FaqForm): { input: FaqInput | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const question = form.question.trim();
  const answer = form.answer.trim();
  const keywords = form.keywords
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (!question) errors.question = 'Enter the question as a lead would ask it';
  if (!answer) errors.answer = 'Enter the answer the assistant sends';
  else if (answer.length > FAQ_ANSWER_MAX) errors.answer = `At most ${FAQ_ANSWER_MAX} characters (two texts)`;
  if (keywords.length > 20) errors.keywords = 'At most 20 keywords';
  else if (keywords.some((k) => k.length > 60)) errors.keywords = 'Each keyword at most 60 characters';
  return Object.keys(errors).length > 0
    ? { input: null, errors }
    : { input: { question, answer, keywords }, errors };
}

/** Tries a lead's question against the entries, with the one being edited as typed. */
export function FaqPreview({ draft }: { draft: (FaqInput & { id?: string }) | null }) {
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<FaqPreviewResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  async function run() {
    if (!question.trim()) return;
    try {
      setResult(await previewFaq(question.trim(), draft ?? undefined));
      setError(null);
    } catch (caught) {
      setError(caught as Error);
    }
  }
  return (
    <section className="faq-preview" aria-labelledby="faq-preview-title">
      <h3 id="faq-preview-title">Try a lead's question</h3>
      <div className="toolbar">
        <Field
          label="A lead texts"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          onKeyDown={(e) => {
            // Inside the entry's form, Enter tries the question rather than saving the entry.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void run();
          }}
        />
        <Button onClick={() => void run()}>Try it</Button>
      </div>
      <ErrorBanner error={error} />
      <output className="preview-result" aria-live="polite">
        {result &&
          (result.match ? (
            <>
              Matches <strong>{result.match.faq.question}</strong> (score {result.match.score}
              {result.match.draft ? ', as edited' : ''}). The assistant answers: “{result.match.faq.answer}”
            </>
          ) : (
            'No entry matches: the assistant would not answer this from the FAQ.'
          ))}
      </output>
    </section>
  );
}

function FaqEditor({ faq, onDone }: { faq: Faq | null; onDone(saved: boolean): void }) {
  const [form, setForm] = useState<FaqForm>({
    question: faq?.question ?? '',
    answer: faq?.answer ?? '',
    keywords: faq?.keywords.join(', ') ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FaqForm>) => setForm((current) => ({ ...current, ...patch }));
  const checked = faqInput(form);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!checked.input) return setErrors(checked.errors);
    setBusy(true);
    try {
      if (faq) await updateFaq(faq.id, checked.input);
      else await createFaq(checked.input);
      onDone(true);
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setBusy(false);
    }
  }

  const draft = form.question.trim()
    ? {
        ...(faq ? { id: faq.id } : {}),
        question: form.question.trim(),
        answer: form.answer.trim(),
        keywords: checked.input?.keywords ?? [],
      }
    : null;
  return (
    <form
      className="settings-form knowledge-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="faq-form-title"
    >
      <h2 id="faq-form-title">{faq ? 'Edit FAQ entry' : 'New FAQ entry'}</h2>
      <Field
        label="Question"
        value={form.question}
        error={errorFor(errors, 'question')}
        onChange={(e) => set({ question: e.target.value })}
      />
      <TextAreaField
        label="Answer"
        rows={3}
        value={form.answer}
        error={errorFor(errors, 'answer')}
        hint={`${form.answer.trim().length} / ${FAQ_ANSWER_MAX} characters; sent as written`}
        onChange={(e) => set({ answer: e.target.value })}
      />
      <Field
        label="Keywords"
        value={form.keywords}
        error={errorFor(errors, 'keywords')}
        hint="Comma-separated words or phrases; a question containing any of them gets this answer. Empty: most words of the question must appear."
        onChange={(e) => set({ keywords: e.target.value })}
      />
      <FaqPreview draft={draft} />
      <SaveStatus saved={false} errors={errors} fields={['question', 'answer', 'keywords']} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {faq ? 'Save entry' : 'Add entry'}
        </Button>
        <Button onClick={() => onDone(false)}>Cancel</Button>
      </div>
    </form>
  );
}

/** The questions the assistant answers the same way every time. */
export function FaqsTab() {
  const faqs = useApi((signal) => listFaqs(signal), []);
  const [editing, setEditing] = useState<Faq | 'new' | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);

  if (editing) {
    return (
      <FaqEditor
        faq={editing === 'new' ? null : editing}
        onDone={(saved) => {
          setEditing(null);
          if (saved) void faqs.reload();
        }}
      />
    );
  }

  async function remove(faq: Faq) {
    if (!window.confirm(`Delete "${faq.question}"?`)) return;
    try {
      await deleteFaq(faq.id);
      await faqs.reload();
    } catch (error) {
      setFailure(error as Error);
    }
  }

  const items = faqs.data?.items ?? [];
  return (
    <div className="knowledge-tab">
      <div className="toolbar">
        <Button variant="primary" onClick={() => setEditing('new')}>
          Add FAQ entry
        </Button>
      </div>
      <ErrorBanner error={failure ?? faqs.error} onRetry={() => void faqs.reload()} />
      {faqs.loading && !faqs.data ? (
        <p role="status">Loading…</p>
      ) : items.length === 0 ? (
        <EmptyState title="No FAQ entries yet">
          Add the questions leads ask often, with the answer the assistant should send.
        </EmptyState>
      ) : (
        <ul className="faq-list">
          {items.map((faq) => (
            <li key={faq.id}>
              <p>
                <strong>{faq.question}</strong>
              </p>
              <p>{faq.answer}</p>
              {faq.keywords.length > 0 && <p className="field-hint">Keywords: {faq.keywords.join(', ')}</p>}
              <span className="row-actions">
                <Button variant="link" onClick={() => setEditing(faq)} aria-label={`Edit ${faq.question}`}>
                  Edit
                </Button>
                <Button variant="link" onClick={() => void remove(faq)} aria-label={`Delete ${faq.question}`}>
                  Delete
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <FaqPreview draft={null} />
    </div>
  );
}

import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';

interface ModelTestResult {
  ok: boolean;
  provider: string;
  model: string | null;
  latencyMs: number;
  budgetMs: number;
  withinBudget: boolean;
  outcome: string | null;
  sample: { message: string; understanding: Record<string, unknown> } | null;
  error: { code: string; message: string } | null;
}

/** The optional language model: which one the server uses, and a live test of it. */
export function AiSection() {
  const [message, setMessage] = useState('');
  const [result, setResult] = useState<ModelTestResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  async function test(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(
        await api<ModelTestResult>('/ai/test', {
          method: 'POST',
          body: message.trim() ? { message: message.trim().slice(0, 500) } : {},
        }),
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="ai-title">
      <h2 id="ai-title">AI model</h2>
      <p>
        The assistant works without a language model: the built-in engine understands and answers leads. A
        model, when configured on the server (LLM_PROVIDER, LLM_MODEL, LLM_BASE_URL, LLM_API_KEY), helps read
        messages and word replies; it never decides whether a text may be sent, and a slow or failing model
        falls back to the built-in engine.
      </p>
      <form className="settings-form" onSubmit={test}>
        <Field
          label="Sample message (optional)"
          value={message}
          maxLength={500}
          placeholder="Hi, we want to buy a 3 bed in Austin by June, pre-approved for 450k"
          onChange={(e) => setMessage(e.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Test the model
        </Button>
      </form>
      <ErrorBanner error={error} />
      <div role="status" aria-live="polite">
        {result && (
          <div className={result.ok ? 'notice' : 'error-banner'}>
            <p>
              <strong>{result.ok ? 'The model answered.' : 'The model did not answer.'}</strong>{' '}
              {result.provider}
              {result.model ? ` · ${result.model}` : ''} · {result.latencyMs} ms (budget {result.budgetMs} ms
              {result.withinBudget ? '' : ', too slow: turns will use the built-in engine'})
            </p>
            {result.error && <p>{result.error.message}</p>}
          </div>
        )}
      </div>
      {result?.sample && (
        <details open>
          <summary>What it read</summary>
          <pre className="code">{JSON.stringify(result.sample.understanding, null, 2)}</pre>
        </details>
      )}
    </section>
  );
}

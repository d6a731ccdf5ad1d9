import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { apiFieldErrors, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';

type AiProvider = 'instance' | 'none' | 'openai' | 'anthropic';

interface AiSettings {
  provider: AiProvider;
  model: string | null;
  baseUrl: string | null;
  apiKeySet: boolean;
}

const PROVIDERS: ReadonlyArray<{ value: AiProvider; label: string }> = [
  { value: 'instance', label: "The server's model (LLM_* settings)" },
  { value: 'none', label: 'None: the built-in engine alone' },
  { value: 'openai', label: 'OpenAI or an OpenAI-compatible server' },
  { value: 'anthropic', label: 'Anthropic' },
];

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
        model, the server's (LLM_PROVIDER, LLM_MODEL, LLM_BASE_URL, LLM_API_KEY) or this workspace's own,
        helps read messages and word replies; it never decides whether a text may be sent, and a slow or
        failing model falls back to the built-in engine.
      </p>
      <ModelChoice />
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
              {result.model ? ` · ${result.model}` : ''} · {result.latencyMs} ms (a turn's budget, every model
              call together: {result.budgetMs} ms
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

/** The workspace's model choice. The API key is write-only: the page only learns whether one is set. */
export function ModelChoice() {
  const settings = useApi((signal) => api<AiSettings>('/ai/settings', { signal }), []);
  const [edit, setEdit] = useState<{ provider: AiProvider; model: string; baseUrl: string } | null>(null);
  const [apiKey, setApiKey] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const current = settings.data;
  const form = edit ?? {
    provider: current?.provider ?? 'instance',
    model: current?.model ?? '',
    baseUrl: current?.baseUrl ?? '',
  };
  const own = form.provider === 'openai' || form.provider === 'anthropic';

  async function save(body: Record<string, unknown>) {
    setSaved(false);
    setBusy(true);
    try {
      await api<AiSettings>('/ai/settings', { method: 'PUT', body });
      setEdit(null);
      setApiKey('');
      setErrors({});
      setSaved(true);
      await settings.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(
      own
        ? {
            provider: form.provider,
            model: form.model.trim(),
            baseUrl: form.baseUrl.trim() || null,
            ...(apiKey.trim() ? { apiKey: apiKey.trim() } : {}),
          }
        : { provider: form.provider },
    );
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-label="Model choice">
      <ErrorBanner error={settings.error} />
      <SelectField
        label="Model"
        value={form.provider}
        options={PROVIDERS}
        onChange={(e) => setEdit({ ...form, provider: e.target.value as AiProvider })}
      />
      {own && (
        <>
          <Field
            label="Model name"
            value={form.model}
            error={errors.model}
            placeholder={form.provider === 'anthropic' ? 'claude-…' : 'gpt-4o-mini'}
            onChange={(e) => setEdit({ ...form, model: e.target.value })}
          />
          <Field
            label="Base URL (optional)"
            type="url"
            value={form.baseUrl}
            error={errors.baseUrl}
            hint="An OpenAI-compatible server; private addresses only when the server allows them"
            onChange={(e) => setEdit({ ...form, baseUrl: e.target.value })}
          />
          <Field
            label="API key"
            type="password"
            autoComplete="new-password"
            value={apiKey}
            error={errors.apiKey}
            hint={
              current?.apiKeySet
                ? 'Set. Write-only: leave empty to keep it'
                : 'Not set. Write-only: never shown again'
            }
            onChange={(e) => setApiKey(e.target.value)}
          />
        </>
      )}
      <SaveStatus saved={saved} errors={errors} fields={['provider', 'model', 'baseUrl', 'apiKey']} />
      <Button type="submit" variant="primary" busy={busy}>
        Save model
      </Button>
      {current && current.provider !== 'instance' && (
        <Button variant="link" onClick={() => void save({ provider: 'instance' })}>
          Remove and use the server's model
        </Button>
      )}
    </form>
  );
}

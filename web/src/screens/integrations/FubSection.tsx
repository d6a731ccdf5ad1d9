import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { apiFieldErrors } from '../settings/form-errors.ts';
import type { FubConnection } from './integrations.ts';
import { SecretOnce } from './SecretOnce.tsx';

/** Follow Up Boss: connect with the API key and the registered system, test the connection, disconnect. */
export function FubSection() {
  const connection = useApi((signal) => api<FubConnection>('/integrations/follow-up-boss', { signal }), []);
  const [apiKey, setApiKey] = useState('');
  const [systemName, setSystemName] = useState('');
  const [systemKey, setSystemKey] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [webhookUrl, setWebhookUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function connect(event: FormEvent) {
    event.preventDefault();
    if (!apiKey.trim() || !systemName.trim() || !systemKey.trim())
      return setError('Enter the API key, the system name and the system key');
    setBusy(true);
    setError('');
    try {
      const answer = await api<{ webhookUrl: string; webhooksRegistered: string[]; account: string | null }>(
        '/integrations/follow-up-boss',
        { method: 'PUT', body: { apiKey, systemName, systemKey } },
      );
      setWebhookUrl(answer.webhookUrl);
      setStatus(
        `Connected${answer.account ? ` to ${answer.account}` : ''}; ${answer.webhooksRegistered.length} of 3 webhooks subscribed.`,
      );
      setApiKey('');
      setSystemKey('');
      await connection.reload();
    } catch (caught) {
      setError(Object.values(apiFieldErrors(caught)).join('; '));
    } finally {
      setBusy(false);
    }
  }

  async function test() {
    const result = await api<{ ok: boolean; account: string | null; error: string | null }>(
      '/integrations/follow-up-boss/test',
      { method: 'POST' },
    ).catch((caught: Error) => ({ ok: false, account: null, error: caught.message }));
    setStatus(
      result.ok
        ? `Follow Up Boss answered${result.account ? ` for ${result.account}` : ''}.`
        : `${result.error}`,
    );
  }

  async function disconnect() {
    await api('/integrations/follow-up-boss', { method: 'DELETE' });
    setStatus('Disconnected.');
    setWebhookUrl(null);
    await connection.reload();
  }

  const current = connection.data;
  return (
    <section aria-labelledby="fub-title" className="integration-card">
      <h2 id="fub-title">Follow Up Boss</h2>
      <p className="muted">
        New leads go to Follow Up Boss as events, with the handoff summary as a note, appointments and mapped
        stages; people added there come here, and a person moved to “Do Not Contact” is never texted.
      </p>
      <ErrorBanner error={connection.error} onRetry={() => void connection.reload()} />
      {current?.connected ? (
        <div>
          <p>
            Connected as <strong>{current.systemName}</strong> with the key {current.apiKeyHint}
            {current.enabled ? '' : ' (paused)'}.
          </p>
          {current.lastError && <p className="field-error">Last problem: {current.lastError}</p>}
          <div className="row">
            <Button type="button" onClick={() => void test()}>
              Test the connection
            </Button>
            <Button type="button" onClick={() => void disconnect()}>
              Disconnect
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={connect} noValidate aria-label="Connect Follow Up Boss">
          <Field label="API key" type="password" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
          <Field
            label="System name (X-System)"
            value={systemName}
            onChange={(e) => setSystemName(e.target.value)}
          />
          <Field
            label="System key (X-System-Key)"
            type="password"
            value={systemKey}
            onChange={(e) => setSystemKey(e.target.value)}
          />
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <Button type="submit" variant="primary" busy={busy}>
            Connect
          </Button>
        </form>
      )}
      {webhookUrl && <SecretOnce label="Follow Up Boss webhook URL (shown once)" value={webhookUrl} />}
      {status && <p role="status">{status}</p>}
    </section>
  );
}

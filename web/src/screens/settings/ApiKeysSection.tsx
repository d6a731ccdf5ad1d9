import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { Time } from '../../components/Time.tsx';
import { apiFieldErrors, type FieldErrors } from './form-errors.ts';
import { CopyButton, SaveStatus } from './parts.tsx';

interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
}

/** Keys for the REST API: the secret is shown once, right after it is made. */
export function ApiKeysSection() {
  const keys = useApi((signal) => api<{ items: ApiKey[] }>('/api-keys', { signal }), []);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [revokeError, setRevokeError] = useState<Error | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setErrors({ name: 'Name the key after what will use it' });
    setBusy(true);
    try {
      const created = await api<{ apiKey: ApiKey; secret: string }>('/api-keys', {
        method: 'POST',
        body: { name: name.trim() },
      });
      setSecret(created.secret);
      setName('');
      setErrors({});
      await keys.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(key: ApiKey) {
    setRevokeError(null);
    try {
      await api(`/api-keys/${key.id}`, { method: 'DELETE' });
      await keys.reload();
    } catch (error) {
      setRevokeError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <p className="muted">
        Send a key as <code>Authorization: Bearer …</code> to <code>/api/v1</code>.
      </p>
      <form className="settings-form row" onSubmit={create} noValidate>
        <Field
          label="Name of a new key"
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Create key
        </Button>
      </form>
      <SaveStatus saved={false} errors={errors} fields={['name']} />
      {secret && (
        <div className="notice secret" role="status">
          <p>
            <strong>Copy the key now:</strong> it is not shown again.
          </p>
          <code className="secret-value">{secret}</code>
          <CopyButton text={secret} label="Copy key" />
          <Button variant="link" onClick={() => setSecret(null)}>
            I have saved it
          </Button>
        </div>
      )}
      <ErrorBanner error={keys.error ?? revokeError} />
      <Table
        caption="API keys"
        rows={keys.data?.items ?? []}
        rowKey={(k) => k.id}
        empty={<p className="muted">No keys yet.</p>}
        columns={[
          { key: 'name', header: 'Name', render: (k) => k.name },
          { key: 'prefix', header: 'Starts with', render: (k) => <code>{k.prefix}…</code> },
          { key: 'created', header: 'Created', render: (k) => <Time value={k.createdAt} /> },
          {
            key: 'used',
            header: 'Last used',
            render: (k) => (k.lastUsedAt ? <Time value={k.lastUsedAt} /> : 'Never'),
          },
          {
            key: 'status',
            header: 'Status',
            render: (k) =>
              k.revoked ? (
                'Revoked'
              ) : (
                <Button variant="link" onClick={() => void revoke(k)}>
                  Revoke {k.name}
                </Button>
              ),
          },
        ]}
      />
    </section>
  );
}

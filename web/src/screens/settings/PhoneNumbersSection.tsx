import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { Time } from '../../components/Time.tsx';
import { apiFieldErrors, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';
import { checkPhoneNumber } from './validation.ts';

interface ProviderView {
  provider: 'sandbox' | 'twilio';
  source: 'workspace' | 'instance';
  accountSid: string | null;
  authTokenSet: boolean;
  messagingServiceSid: string | null;
}

interface PhoneNumber {
  id: string;
  number: string;
  provider: 'twilio' | 'sandbox';
  messagingServiceSid: string | null;
  isDefault: boolean;
  createdAt: string;
}

/** The numbers the workspace texts from. Provider secrets are never shown: only whether they are set. */
export function PhoneNumbersSection() {
  const numbers = useApi((signal) => api<{ items: PhoneNumber[] }>('/phone-numbers', { signal }), []);
  const [form, setForm] = useState({ number: '', messagingServiceSid: '', isDefault: false });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removeError, setRemoveError] = useState<Error | null>(null);
  const items = numbers.data?.items ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = checkPhoneNumber(form);
    if (checked.errors) return setErrors(checked.errors);
    setBusy(true);
    try {
      await api('/phone-numbers', { method: 'POST', body: { ...checked.value, isDefault: form.isDefault } });
      setForm({ number: '', messagingServiceSid: '', isDefault: false });
      setErrors({});
      setSaved(true);
      await numbers.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  async function remove(number: PhoneNumber) {
    setRemoveError(null);
    try {
      await api(`/phone-numbers/${number.id}`, { method: 'DELETE' });
      await numbers.reload();
    } catch (error) {
      setRemoveError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <section aria-labelledby="numbers-title">
      <h2 id="numbers-title">Phone numbers</h2>
      <ErrorBanner error={numbers.error ?? removeError} />
      <Table
        caption="Phone numbers"
        rows={items}
        rowKey={(n) => n.id}
        empty={<p className="muted">No numbers yet: texts go out from the provider's default number.</p>}
        columns={[
          { key: 'number', header: 'Number', render: (n) => n.number },
          {
            key: 'provider',
            header: 'Provider',
            render: (n) => (n.provider === 'twilio' ? 'Twilio' : 'Sandbox'),
          },
          {
            key: 'service',
            header: 'Messaging Service',
            render: (n) =>
              n.messagingServiceSid ? (
                <span className="badge">set</span>
              ) : (
                <span className="muted">not set</span>
              ),
          },
          { key: 'default', header: 'Default', render: (n) => (n.isDefault ? 'Yes' : '') },
          { key: 'added', header: 'Added', render: (n) => <Time value={n.createdAt} /> },
          {
            key: 'remove',
            header: <span className="visually-hidden">Remove</span>,
            render: (n) => (
              <Button variant="link" onClick={() => void remove(n)}>
                Remove {n.number}
              </Button>
            ),
          },
        ]}
      />
      <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="add-number-title">
        <h3 id="add-number-title">Add a number</h3>
        <Field
          label="Number"
          type="tel"
          value={form.number}
          error={errors.number}
          placeholder="+15125550100"
          onChange={(e) => setForm({ ...form, number: e.target.value })}
        />
        <Field
          label="Twilio Messaging Service SID (optional)"
          type="password"
          autoComplete="off"
          value={form.messagingServiceSid}
          error={errors.messagingServiceSid}
          hint="Write-only: the list above only shows whether it is set"
          onChange={(e) => setForm({ ...form, messagingServiceSid: e.target.value })}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.isDefault}
            onChange={(e) => setForm({ ...form, isDefault: e.target.checked })}
          />
          Text from this number by default
        </label>
        <SaveStatus
          saved={saved}
          errors={errors}
          fields={['number', 'messagingServiceSid', 'isDefault', 'provider']}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Add number
        </Button>
      </form>
      <ProviderCredentials />
    </section>
  );
}

const EMPTY_CREDENTIALS = { accountSid: '', authToken: '', messagingServiceSid: '' };

/**
 * The workspace's own Twilio account, or the instance's. The auth token is write-only: the page only
 * learns whether one is set, and leaving the field empty keeps the stored token for the same account.
 */
export function ProviderCredentials() {
  const provider = useApi((signal) => api<ProviderView>('/messaging/provider', { signal }), []);
  const [form, setForm] = useState(EMPTY_CREDENTIALS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const view = provider.data;
  const own = view?.source === 'workspace';

  async function send(method: 'PUT' | 'DELETE') {
    setSaved(false);
    setBusy(true);
    try {
      const body =
        method === 'PUT'
          ? {
              accountSid: form.accountSid.trim() || (own ? view?.accountSid : '') || '',
              ...(form.authToken.trim() ? { authToken: form.authToken.trim() } : {}),
              ...(form.messagingServiceSid.trim()
                ? { messagingServiceSid: form.messagingServiceSid.trim() }
                : {}),
            }
          : undefined;
      await api<ProviderView>('/messaging/provider', { method, ...(body ? { body } : {}) });
      setForm(EMPTY_CREDENTIALS);
      setErrors({});
      setSaved(true);
      await provider.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send('PUT');
  }

  return (
    <section className="card" aria-labelledby="credentials-title">
      <h3 id="credentials-title">Provider credentials</h3>
      <ErrorBanner error={provider.error} />
      {view && (
        <p>
          {own
            ? `Texts go out through this workspace's own Twilio account ${view.accountSid}.`
            : view.provider === 'twilio'
              ? `Texts go out through the server's Twilio account ${view.accountSid ?? ''}.`
              : 'Texts go to the sandbox phone: the server has no Twilio account.'}{' '}
          Auth token:{' '}
          {own && view.authTokenSet ? (
            <span className="badge">set</span>
          ) : (
            <span className="muted">not set</span>
          )}
        </p>
      )}
      <form className="settings-form" onSubmit={submit} noValidate aria-label="Twilio account">
        <Field
          label="Twilio Account SID"
          autoComplete="off"
          value={form.accountSid}
          error={errors.accountSid}
          placeholder={own ? (view?.accountSid ?? '') : 'AC…'}
          onChange={(e) => setForm({ ...form, accountSid: e.target.value })}
        />
        <Field
          label="Twilio auth token"
          type="password"
          autoComplete="new-password"
          value={form.authToken}
          error={errors.authToken}
          hint={own ? 'Write-only: leave empty to keep the stored token' : 'Write-only: never shown again'}
          onChange={(e) => setForm({ ...form, authToken: e.target.value })}
        />
        <Field
          label="Messaging Service SID (optional)"
          autoComplete="off"
          value={form.messagingServiceSid}
          error={errors.messagingServiceSid}
          placeholder={view?.messagingServiceSid ?? 'MG…'}
          onChange={(e) => setForm({ ...form, messagingServiceSid: e.target.value })}
        />
        <SaveStatus
          saved={saved}
          errors={errors}
          fields={['accountSid', 'authToken', 'messagingServiceSid']}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Save Twilio account
        </Button>
        {own && (
          <Button variant="link" onClick={() => void send('DELETE')}>
            Remove and use the server's account
          </Button>
        )}
      </form>
    </section>
  );
}

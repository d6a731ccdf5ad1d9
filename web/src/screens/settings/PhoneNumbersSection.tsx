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
      <section className="card" aria-labelledby="credentials-title">
        <h3 id="credentials-title">Provider credentials</h3>
        <p>
          The Twilio account SID and auth token are read from the server's environment (TWILIO_ACCOUNT_SID,
          TWILIO_AUTH_TOKEN) and are never sent to the browser. Without them, texts go to the sandbox phone.
        </p>
      </section>
    </section>
  );
}

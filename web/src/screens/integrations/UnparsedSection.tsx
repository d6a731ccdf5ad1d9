import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Time } from '../../components/Time.tsx';
import { apiFieldErrors } from '../settings/form-errors.ts';
import { mapEmailBody, type UnparsedEmail } from './integrations.ts';

/** Lead emails no parser could read: an admin reads each and maps it to a lead, or dismisses it. */
export function UnparsedSection() {
  const list = useApi(
    (signal) =>
      api<{ emails: UnparsedEmail[] }>('/integrations/unparsed-emails', { query: { limit: 50 }, signal }),
    [],
  );
  const emails = list.data?.emails ?? [];
  return (
    <section aria-labelledby="unparsed-title" className="integration-card">
      <h2 id="unparsed-title">Unparsed lead emails</h2>
      <ErrorBanner error={list.error} onRetry={() => void list.reload()} />
      {emails.length === 0 && !list.loading && <p className="muted">Every lead email was read.</p>}
      <ul>
        {emails.map((email) => (
          <li key={email.id}>
            <MapEmail email={email} onDone={() => void list.reload()} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MapEmail({ email, onDone }: { email: UnparsedEmail; onDone(): void }) {
  const [fields, setFields] = useState({ name: '', phone: '', email: '', message: '' });
  const [message, setMessage] = useState('');
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));

  async function map(event: FormEvent) {
    event.preventDefault();
    const result = mapEmailBody(fields);
    if ('error' in result) return setMessage(result.error ?? '');
    try {
      await api(`/integrations/unparsed-emails/${email.id}/map`, { method: 'POST', body: result.body });
      onDone();
    } catch (caught) {
      setMessage(Object.values(apiFieldErrors(caught)).join('; '));
    }
  }
  async function dismiss() {
    await api(`/integrations/unparsed-emails/${email.id}/dismiss`, { method: 'POST' });
    onDone();
  }

  return (
    <form onSubmit={map} aria-label={`Map the email ${email.subject ?? ''}`} className="unparsed">
      <p>
        <Time value={email.receivedAt} /> · {email.from ?? 'unknown sender'} ·{' '}
        <strong>{email.subject ?? '(no subject)'}</strong>
      </p>
      <blockquote>{email.excerpt}</blockquote>
      <div className="row">
        <Field label="Name" value={fields.name} onChange={(e) => set('name')(e.target.value)} />
        <Field label="Phone" value={fields.phone} onChange={(e) => set('phone')(e.target.value)} />
        <Field label="Email" value={fields.email} onChange={(e) => set('email')(e.target.value)} />
        <Field label="Message" value={fields.message} onChange={(e) => set('message')(e.target.value)} />
      </div>
      <Button type="submit" variant="primary">
        Map to a lead
      </Button>
      <Button type="button" onClick={() => void dismiss()}>
        Not a lead
      </Button>
      {message && <p role="alert">{message}</p>}
    </form>
  );
}

import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { apiFieldErrors } from '../settings/form-errors.ts';
import {
  consentBody,
  type LeadSource,
  SOURCE_KIND_LABELS,
  type SourceSecrets,
  secretLines,
} from './integrations.ts';
import { SecretOnce } from './SecretOnce.tsx';

/** Lead sources: the lead email address and webhook URLs (their secrets shown once), and each one's consent. */
export function SourcesSection() {
  const sources = useApi((signal) => api<{ sources: LeadSource[] }>('/integrations/sources', { signal }), []);
  const [kind, setKind] = useState<LeadSource['kind']>('email');
  const [secrets, setSecrets] = useState<{ name: string; secrets: SourceSecrets } | null>(null);
  const [error, setError] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (kind === 'meta')
      return setError('Facebook lead ads need the page and its tokens: add them through the API');
    setError('');
    try {
      const answer = await api<{ source: LeadSource; secrets: SourceSecrets }>('/integrations/sources', {
        method: 'POST',
        body: { kind },
      });
      setSecrets({ name: answer.source.name, secrets: answer.secrets });
      await sources.reload();
    } catch (caught) {
      setError(Object.values(apiFieldErrors(caught)).join('; '));
    }
  }

  return (
    <section aria-labelledby="sources-title" className="integration-card">
      <h2 id="sources-title">Lead sources</h2>
      <ErrorBanner error={sources.error} onRetry={() => void sources.reload()} />
      {secrets && (
        <div className="notice" role="status">
          <p>{secrets.name} is ready. Copy its address or URL now: it is not shown again.</p>
          {secretLines(secrets.secrets).map((line) => (
            <SecretOnce key={line.label} label={line.label} value={line.value} />
          ))}
        </div>
      )}
      <form className="row" onSubmit={add} aria-label="Add a lead source">
        <SelectField
          label="Kind"
          value={kind}
          options={(['email', 'webhook', 'google_ads', 'meta'] as const).map((k) => ({
            value: k,
            label: SOURCE_KIND_LABELS[k],
          }))}
          onChange={(e) => setKind(e.target.value as LeadSource['kind'])}
        />
        <Button type="submit" variant="primary">
          Add source
        </Button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="source-list">
        {(sources.data?.sources ?? []).map((source) => (
          <li key={source.id}>
            <SourceConsentForm source={source} onSaved={() => void sources.reload()} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceConsentForm({ source, onSaved }: { source: LeadSource; onSaved(): void }) {
  const [sms, setSms] = useState(source.consent.sms);
  const [disclosure, setDisclosure] = useState(source.consent.disclosure ?? '');
  const [version, setVersion] = useState(source.consent.disclosureVersion ?? '');
  const [message, setMessage] = useState('');

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = consentBody({ sms, disclosure, version });
    if ('error' in result) return setMessage(result.error);
    try {
      await api(`/integrations/sources/${source.id}`, { method: 'PATCH', body: { consent: result.consent } });
      setMessage('Saved.');
      onSaved();
    } catch (caught) {
      setMessage(Object.values(apiFieldErrors(caught)).join('; '));
    }
  }

  return (
    <form onSubmit={save} aria-label={`Consent of ${source.name}`} className="source">
      <strong>{source.name}</strong>{' '}
      <span className="muted">
        {SOURCE_KIND_LABELS[source.kind]}
        {source.tokenHint ? ` · ${source.tokenHint}` : ''}
        {source.callbackUrl ? ` · callback ${source.callbackUrl}` : ''}
      </span>
      <label className="checkbox">
        <input type="checkbox" checked={sms} onChange={(e) => setSms(e.target.checked)} /> Leads from this
        source agreed to texts (without it they are saved, never texted, and the team is told)
      </label>
      {sms && (
        <>
          <Field
            label="Disclosure the source shows"
            value={disclosure}
            onChange={(e) => setDisclosure(e.target.value)}
          />
          <Field
            label="Disclosure version (optional)"
            value={version}
            onChange={(e) => setVersion(e.target.value)}
          />
        </>
      )}
      <Button type="submit">Save consent</Button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}

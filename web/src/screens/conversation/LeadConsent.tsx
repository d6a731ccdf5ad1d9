import { api, isNotFound } from '../../api/client.ts';
import type { ConsentLedger } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Time } from '../../components/Time.tsx';

type Status = ConsentLedger['state']['voice'];

function StatusLine({ label, status }: { label: string; status: Status }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <span className={`badge consent-${status.status}`}>
          {status.status === 'none' ? 'none given' : status.status}
        </span>
        {status.since && (
          <span className="muted">
            {' '}
            since <Time value={status.since} />
            {status.source ? ` (${status.source})` : ''}
          </span>
        )}
      </dd>
    </>
  );
}

function evidenceLines(evidence: Record<string, unknown>): string[] {
  return Object.entries(evidence)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
}

export function LeadConsent({ leadId, revision }: { leadId: string; revision: number }) {
  const { data, error, reload } = useApi(
    (signal) => api<ConsentLedger>(`/leads/${leadId}/consent`, { signal }),
    [leadId, revision],
    { keepPrevious: true },
  );
  if (isNotFound(error)) return null;
  return (
    <section className="panel-section" aria-labelledby="consent-title">
      <h2 id="consent-title">Consent</h2>
      <ErrorBanner error={error} onRetry={reload} />
      {data && (
        <>
          <dl className="facts">
            <StatusLine label="Texts" status={data.state.sms.conversational} />
            <StatusLine label="Marketing texts" status={data.state.sms.marketing} />
            <StatusLine label="Calls" status={data.state.voice} />
          </dl>
          <details>
            <summary>Evidence ({data.events.length})</summary>
            <ol className="consent-events">
              {data.events.map((event) => (
                <li key={event.id}>
                  <strong>
                    {event.channel} {event.purpose} {event.action}
                  </strong>{' '}
                  by {event.source}, <Time value={event.createdAt} />
                  <ul>
                    {evidenceLines(event.evidence).map((line) => (
                      <li key={line} className="evidence">
                        {line}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}

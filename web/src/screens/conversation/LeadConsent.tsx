import { api, isNotFound } from '../../api/client.ts';
import type { ConsentLedger } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatTime, Time, useViewerZone } from '../../components/Time.tsx';
import { evidenceLines, sourceLabel } from '../compliance/compliance.ts';

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

export function LeadConsent({ leadId, revision }: { leadId: string; revision: number }) {
  const { data, error, reload } = useApi(
    (signal) => api<ConsentLedger>(`/leads/${leadId}/consent`, { signal }),
    [leadId, revision],
    { keepPrevious: true },
  );
  const zone = useViewerZone();
  if (isNotFound(error)) return null;
  const time = (iso: string) => formatTime(iso, zone);
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
                  by {sourceLabel(event.source).toLowerCase()}, <Time value={event.createdAt} />
                  <ul>
                    {evidenceLines(event.evidence, time).map((line) => (
                      <li key={line.label} className="evidence">
                        {line.label}: {line.value}
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

import './timeline.css';
import { api, isNotFound } from '../../api/client.ts';
import type { TimelineEntry } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatTime, Time, useViewerZone } from '../../components/Time.tsx';
import { timelineLine } from './timeline-lines.ts';

// Keyed by string: a kind the server adds before this list knows it shows by its own name.
const KIND_LABELS: Record<string, string> = {
  inquiry: 'Inquiry',
  message: 'Text',
  consent: 'Consent',
  stage: 'Stage',
  assignment: 'Assignment',
  appointment: 'Appointment',
  note: 'Note',
  handoff: 'Handoff',
  assistant: 'Assistant',
  call: 'Call',
};

/** Entries have no id: the instant, kind and summary name one, and repeats get a counter. */
function withKeys(entries: TimelineEntry[]): Array<{ key: string; entry: TimelineEntry }> {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = `${entry.at}|${entry.kind}|${entry.summary}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { key: `${base}|${count}`, entry };
  });
}

/** Newest first; `revision` changes when something happened to the lead. */
export function LeadTimeline({ leadId, revision }: { leadId: string; revision: number }) {
  const { data, error, reload } = useApi(
    (signal) => api<{ items: TimelineEntry[] }>(`/leads/${leadId}/timeline`, { signal }),
    [leadId, revision],
    { keepPrevious: true },
  );
  const zone = useViewerZone();
  if (isNotFound(error)) return null;
  const items = data ? withKeys([...data.items].reverse()) : [];
  const time = (iso: string) => formatTime(iso, zone);
  return (
    <section className="panel-section" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <ErrorBanner error={error} onRetry={reload} />
      {data && items.length === 0 && <p className="muted">Nothing has happened yet.</p>}
      <ol className="timeline">
        {items.map(({ key, entry }) => {
          const line = timelineLine(entry, time);
          return (
            <li key={key} data-kind={entry.kind}>
              <span className="badge">{KIND_LABELS[entry.kind] ?? entry.kind}</span> {line.text}
              {line.quote && <blockquote className="timeline-quote">{line.quote}</blockquote>}
              <span className="muted timeline-time">
                <Time value={entry.at} />
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

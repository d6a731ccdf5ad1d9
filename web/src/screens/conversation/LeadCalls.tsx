import './calls.css';
import { useEffect, useState } from 'react';
import { type Call, type CallDetail, hasRecording, isLive, recordingUrl } from '../../api/calls.ts';
import { api, isNotFound } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Time } from '../../components/Time.tsx';
import { callSummary, latencyLabel, turnWords } from './call-lines.ts';

/**
 * The lead's calls, newest first, each opening onto its transcript and recording. A call in progress is
 * open and follows the call: `revision` changes with every live event about the lead, its calls included.
 */
export function LeadCalls({ leadId, revision }: { leadId: string; revision: number }) {
  const calls = useApi(
    (signal) => api<{ items: Call[] }>(`/leads/${leadId}/calls`, { signal }),
    [leadId, revision],
    { keepPrevious: true },
  );
  if (isNotFound(calls.error)) return null;
  const items = calls.data?.items ?? [];
  if (items.length === 0 && !calls.error) return null;
  return (
    <section className="lead-calls" aria-labelledby="calls-title">
      <h2 id="calls-title">Calls</h2>
      <ErrorBanner error={calls.error} onRetry={calls.reload} />
      <ol className="call-list">
        {items.map((call) => (
          <CallItem key={call.id} call={call} revision={revision} />
        ))}
      </ol>
    </section>
  );
}

function CallItem({ call, revision }: { call: Call; revision: number }) {
  const live = isLive(call);
  const [open, setOpen] = useState(live);
  useEffect(() => {
    if (live) setOpen(true);
  }, [live]);
  return (
    <li className="call-item" data-call-id={call.id} data-live={live || undefined}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          {live && <span className="badge badge-live">Live</span>} {callSummary(call)}{' '}
          <span className="muted">
            · <Time value={call.startedAt} />
          </span>
        </summary>
        {open && <CallTranscript callId={call.id} live={live} revision={revision} />}
      </details>
    </li>
  );
}

function CallTranscript({ callId, live, revision }: { callId: string; live: boolean; revision: number }) {
  const detail = useApi(
    (signal) => api<CallDetail>(`/calls/${encodeURIComponent(callId)}`, { signal }),
    [callId, revision],
    { keepPrevious: true },
  );
  const call = detail.data;
  return (
    <div className="call-detail">
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      {call?.transfer.attempts.map((attempt) => (
        <p key={`${attempt.at}-${attempt.status}`} className="muted call-transfer">
          Transfer to {attempt.to ?? 'nobody'}: {attempt.status.replaceAll('_', ' ')} (
          <Time value={attempt.at} style="time" />)
        </p>
      ))}
      {call && hasRecording(call) && (
        <div className="call-recording">
          {/* biome-ignore lint/a11y/useMediaCaption: the transcript below is the call's text */}
          <audio controls preload="none" src={recordingUrl(call.id)} aria-label="Recording of the call" />
        </div>
      )}
      {call && (
        <ol className="call-transcript" aria-label="Transcript" aria-live={live ? 'polite' : undefined}>
          {call.transcript.length === 0 && (
            <li className="muted">{live ? 'The call has just begun…' : 'Nothing was said.'}</li>
          )}
          {call.transcript.map((turn) => {
            const words = turnWords(turn);
            const latency = turn.speaker === 'assistant' ? latencyLabel(turn.latencyMs) : null;
            return (
              <li key={turn.id} className={`call-turn call-turn-${turn.speaker}`}>
                <span className="call-speaker">{turn.speaker === 'caller' ? 'Caller' : 'Assistant'}</span>
                <span className="call-words">
                  {words.heard}
                  {turn.interrupted && (
                    <>
                      {' '}
                      {words.unheard && (
                        <del title="Not heard: the caller talked over it">{words.unheard}</del>
                      )}{' '}
                      <span className="badge badge-warning">interrupted</span>
                    </>
                  )}
                </span>
                <span className="muted call-meta">
                  <Time value={turn.startedAt} style="time" />
                  {latency ? ` · ${latency}` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

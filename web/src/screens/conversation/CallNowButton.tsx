import { useState } from 'react';
import { type CallWindow, callWindowReason, type PlacedCall } from '../../api/calls.ts';
import { ApiError, api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { formatTime, useViewerZone } from '../../components/Time.tsx';

/** Why the button is off, in words: the gate's reason, and when a held call would be allowed. */
export function callNowBlockedReason(gate: CallWindow, time: (iso: string) => string): string | null {
  if (gate.outcome === 'allowed') return null;
  const why = callWindowReason(gate.reason ?? 'unknown');
  return gate.allowedAt ? `${why}; calls are allowed from ${time(gate.allowedAt)}` : why;
}

/**
 * "Call this lead now": the assistant calls the lead at once. Off, with the gate's reason beside it, when
 * the gate (consent to calls, opt-outs, calling hours, caps) or the workspace's set-up would refuse.
 */
export function CallNowButton({
  leadId,
  revision,
  onPlaced,
}: {
  leadId: string;
  revision: number;
  onPlaced(call: PlacedCall): void;
}) {
  const zone = useViewerZone();
  const gate = useApi(
    (signal) => api<CallWindow>(`/leads/${leadId}/calls/window`, { signal }),
    [leadId, revision],
    { keepPrevious: true },
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [placed, setPlaced] = useState(false);
  const reason = gate.data ? callNowBlockedReason(gate.data, (iso) => formatTime(iso, zone)) : null;
  const reasonId = `call-now-reason-${leadId}`;

  async function call() {
    setBusy(true);
    setError(null);
    setPlaced(false);
    try {
      const answer = await api<PlacedCall>(`/leads/${leadId}/calls`, { method: 'POST' });
      setPlaced(true);
      onPlaced(answer);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
      void gate.reload();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="call-now">
      <Button
        busy={busy}
        disabled={!gate.data || reason !== null}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => void call()}
      >
        Call this lead now
      </Button>
      {reason && (
        <p className="muted call-now-reason" id={reasonId}>
          Can't call now: {reason}.
        </p>
      )}
      <p role="status" className="call-now-reason">
        {placed ? 'Calling the lead…' : ''}
      </p>
      <ErrorBanner error={error ?? gate.error} />
    </div>
  );
}

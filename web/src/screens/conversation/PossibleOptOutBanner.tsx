import { useState } from 'react';
import { ApiError, api, isNotFound } from '../../api/client.ts';
import type { PossibleOptOut } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Time } from '../../components/Time.tsx';

const CHANNEL_WORDS: Record<PossibleOptOut['channel'], string> = {
  sms: 'texts',
  voice: 'calls',
  all: 'texts and calls',
};

/** The badge's words: "Possible opt-out: "ok stop for now lol"". */
export function possibleOptOutLabel(flag: Pick<PossibleOptOut, 'trigger'>): string {
  return flag.trigger ? `Possible opt-out: “${flag.trigger}”` : 'Possible opt-out';
}

/**
 * The lead wrote something that may revoke consent. Nothing automated goes to them until someone here
 * decides: Confirm records the opt-out as theirs and texts the one confirmation; Not an opt-out lets the
 * assistant and follow-ups carry on, held texts included. Nothing shows when no flag stands.
 */
export function PossibleOptOutBanner({
  conversationId,
  revision,
  onDecided,
}: {
  conversationId: string;
  revision: number;
  onDecided(): void;
}) {
  const { data, error, reload } = useApi(
    (signal) =>
      api<{ items: PossibleOptOut[] }>(`/conversations/${conversationId}/possible-opt-out`, { signal }),
    [conversationId, revision],
    { keepPrevious: true },
  );
  const [busy, setBusy] = useState<'confirm' | 'clear' | null>(null);
  const [decideError, setDecideError] = useState<ApiError | null>(null);
  const newest = data?.items[0];
  if (isNotFound(error)) return null;
  if (!newest) return <ErrorBanner error={error} onRetry={reload} />;

  async function decide(action: 'confirm' | 'clear') {
    setBusy(action);
    setDecideError(null);
    try {
      await api(`/conversations/${conversationId}/possible-opt-out/${action}`, { method: 'POST' });
      onDecided();
    } catch (caught) {
      // Someone else decided first: show where things stand now rather than an error.
      if (caught instanceof ApiError && caught.status === 409) onDecided();
      else setDecideError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setBusy(null);
      void reload();
    }
  }

  const channel = CHANNEL_WORDS[newest.channel];
  return (
    <section className="possible-opt-out" aria-labelledby="possible-opt-out-title">
      <h2 id="possible-opt-out-title">
        <span className="badge badge-warning">{possibleOptOutLabel(newest)}</span>
      </h2>
      <p>
        The lead may be asking for no more {channel}. No automated text goes to them until someone decides;
        your own texts still go.{' '}
        <span className="muted">
          Flagged <Time value={newest.flaggedAt} />
        </span>
      </p>
      <ErrorBanner error={decideError} />
      <div className="possible-opt-out-actions">
        <Button
          variant="danger"
          busy={busy === 'confirm'}
          disabled={busy !== null}
          onClick={() => void decide('confirm')}
        >
          Confirm opt-out
        </Button>
        <Button busy={busy === 'clear'} disabled={busy !== null} onClick={() => void decide('clear')}>
          Not an opt-out
        </Button>
      </div>
    </section>
  );
}

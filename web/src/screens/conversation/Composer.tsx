import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { gateReasonLabel } from '../../api/labels.ts';
import type { Message, SendWindow } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Time } from '../../components/Time.tsx';

const MAX_LENGTH = 1600;

function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A manual text to the lead. Enter sends, Shift+Enter starts a new line. Sending pauses the assistant.
 * When the text would be held (calling hours, a state's daily limit), it says until when and why before
 * anything is sent, and offers "send anyway" with a reason where the rule lets a person past it.
 */
export function Composer({
  leadId,
  disabledReason,
  revision = 0,
  onSent,
}: {
  leadId: string;
  disabledReason: string | null;
  /** Changes when the conversation does (a new text from the lead can lift a hold). */
  revision?: number;
  onSent(message: Message): void;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [anyway, setAnyway] = useState(false);
  const [reason, setReason] = useState('');
  const sendWindow = useApi(
    (signal) => api<SendWindow>(`/leads/${leadId}/messages/send-window`, { signal }),
    [leadId, revision],
    { keepPrevious: true },
  );
  const held = sendWindow.data?.outcome === 'deferred' ? sendWindow.data : null;
  const mayOverride = held?.sendAnyway === 'allowed';
  const overriding = mayOverride && anyway;
  const missingReason = overriding && reason.trim().length < 3;
  // One key per text: a retry after a dropped answer cannot send it twice.
  const key = useRef(newKey());
  const fieldId = useId();
  const hintId = `${fieldId}-hint`;

  async function send() {
    const text = body.trim();
    if (!text || busy || missingReason) return;
    setBusy(true);
    setError(null);
    try {
      const message = await api<Message>(`/leads/${leadId}/messages`, {
        method: 'POST',
        body: { body: text, ...(overriding && { sendAnyway: { reason: reason.trim() } }) },
        headers: { 'idempotency-key': key.current },
      });
      key.current = newKey();
      setBody('');
      setAnyway(false);
      setReason('');
      onSent(message);
      void sendWindow.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send();
  }

  const reasonId = `${fieldId}-reason`;
  return (
    <form className="composer" onSubmit={onSubmit} aria-label="Text the lead">
      <ErrorBanner error={error} />
      {held && (
        <div className="composer-hold" role="status" data-testid="send-window">
          <p>
            A text now would be held
            {held.holdUntil && (
              <>
                {' '}
                until <Time value={held.holdUntil} />
              </>
            )}{' '}
            — {held.rule?.label ?? gateReasonLabel(held.reason)}.
          </p>
          {mayOverride ? (
            <>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={anyway}
                  onChange={(event) => setAnyway(event.target.checked)}
                />{' '}
                Send anyway
              </label>
              {anyway && (
                <div className="field">
                  <label htmlFor={reasonId}>Why it cannot wait (kept in the audit log)</label>
                  <input
                    id={reasonId}
                    required
                    minLength={3}
                    maxLength={500}
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                  />
                </div>
              )}
            </>
          ) : (
            <p className="muted">No one may send past this rule: your text will wait until then.</p>
          )}
        </div>
      )}
      <label htmlFor={fieldId} className="visually-hidden">
        Message to the lead
      </label>
      <textarea
        id={fieldId}
        className="textarea"
        rows={2}
        maxLength={MAX_LENGTH}
        placeholder={disabledReason ?? 'Text the lead…'}
        disabled={disabledReason !== null}
        aria-describedby={hintId}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <Button
        type="submit"
        variant="primary"
        busy={busy}
        disabled={!body.trim() || disabledReason !== null || missingReason}
      >
        {overriding ? 'Send now' : 'Send'}
      </Button>
      <p id={hintId} className="composer-hint muted">
        Enter sends, Shift+Enter adds a line. Texting the lead yourself pauses the assistant.
        {body.length > 0 && ` ${body.length}/${MAX_LENGTH}`}
      </p>
    </form>
  );
}

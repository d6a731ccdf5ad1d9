import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Message } from '../../api/leads.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';

const MAX_LENGTH = 1600;

function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A manual text to the lead. Enter sends, Shift+Enter starts a new line. Sending pauses the assistant. */
export function Composer({
  leadId,
  disabledReason,
  onSent,
}: {
  leadId: string;
  disabledReason: string | null;
  onSent(message: Message): void;
}) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // One key per text: a retry after a dropped answer cannot send it twice.
  const key = useRef(newKey());
  const fieldId = useId();
  const hintId = `${fieldId}-hint`;

  async function send() {
    const text = body.trim();
    if (!text || busy) return;
    setBusy(true);
    setError(null);
    try {
      const message = await api<Message>(`/leads/${leadId}/messages`, {
        method: 'POST',
        body: { body: text },
        headers: { 'idempotency-key': key.current },
      });
      key.current = newKey();
      setBody('');
      onSent(message);
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

  return (
    <form className="composer" onSubmit={onSubmit} aria-label="Text the lead">
      <ErrorBanner error={error} />
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
      <Button type="submit" variant="primary" busy={busy} disabled={!body.trim() || disabledReason !== null}>
        Send
      </Button>
      <p id={hintId} className="composer-hint muted">
        Enter sends, Shift+Enter adds a line. Texting the lead yourself pauses the assistant.
        {body.length > 0 && ` ${body.length}/${MAX_LENGTH}`}
      </p>
    </form>
  );
}

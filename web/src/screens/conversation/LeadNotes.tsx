import { type FormEvent, useId, useState } from 'react';
import { ApiError, api, isNotFound } from '../../api/client.ts';
import type { Note } from '../../api/leads.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Time } from '../../components/Time.tsx';

export function LeadNotes({ leadId, onAdded }: { leadId: string; onAdded(): void }) {
  const { data, error, reload, setData } = useApi(
    (signal) => api<{ items: Note[] }>(`/leads/${leadId}/notes`, { signal }),
    [leadId],
  );
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<ApiError | null>(null);
  const fieldId = useId();
  if (isNotFound(error)) return null;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    setBusy(true);
    setSendError(null);
    try {
      const note = await api<Note>(`/leads/${leadId}/notes`, { method: 'POST', body: { body: body.trim() } });
      setData((current) => ({ items: [note, ...(current?.items ?? [])] }));
      setBody('');
      onAdded();
    } catch (caught) {
      setSendError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel-section" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <ErrorBanner error={error} onRetry={reload} />
      <form onSubmit={add} className="note-form">
        <label htmlFor={fieldId}>Add a note for the team</label>
        <textarea
          id={fieldId}
          className="textarea"
          rows={2}
          maxLength={5000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <ErrorBanner error={sendError} />
        <Button type="submit" busy={busy} disabled={!body.trim()}>
          Add note
        </Button>
      </form>
      <ul className="notes">
        {data?.items.map((note) => (
          <li key={note.id}>
            <p>{note.body}</p>
            <p className="muted">
              {note.authorName ?? 'API'} · <Time value={note.createdAt} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client.ts';
import { isManager, useUser } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { Time } from '../../components/Time.tsx';
import { apiFieldErrors } from '../settings/form-errors.ts';
import { type DoNotContactEntry, dncBody, type ImportResult, importSummary } from './compliance.ts';

const PAGE = 100;
const REASONS = {
  do_not_contact: 'Asked not to be contacted',
  erased: 'Erased on request',
  opt_out: 'Opted out',
} as const;

/** Numbers and addresses never to contact: add one, import a file of them, or take one off. */
export function DoNotContactTab() {
  const user = useUser();
  const fileId = useId();
  const [offset, setOffset] = useState(0);
  const list = useApi(
    (signal) =>
      api<{ items: DoNotContactEntry[] }>('/do-not-contact', { query: { limit: PAGE, offset }, signal }),
    [offset],
  );
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState<'add' | 'import' | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const body = dncBody(value, note);
    if (typeof body === 'string') return setFieldError(body);
    setBusy('add');
    setFieldError(undefined);
    try {
      const entry = await api<DoNotContactEntry>('/do-not-contact', { method: 'POST', body });
      setValue('');
      setNote('');
      setStatus(`${entry.display} is on the list.`);
      setOffset(0);
      await list.reload();
    } catch (caught) {
      setFieldError(Object.values(apiFieldErrors(caught)).join('; '));
    } finally {
      setBusy(null);
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy('import');
    setError(null);
    setImported(null);
    try {
      if (file.size > 5_000_000) throw new Error('The file is larger than 5 MB; split it');
      const result = await api<ImportResult>('/do-not-contact/import', {
        method: 'POST',
        body: await file.text(),
      });
      setImported(result);
      setStatus(`Import of ${file.name}: ${importSummary(result)}`);
      setOffset(0);
      await list.reload();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(null);
    }
  }

  async function remove(entry: DoNotContactEntry) {
    setError(null);
    try {
      await api(`/do-not-contact/${entry.id}`, { method: 'DELETE' });
      setStatus(`${entry.display} was taken off the list.`);
      await list.reload();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  }

  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="dnc-title">
      <h2 id="dnc-title">Do-not-contact list</h2>
      <p className="muted">
        Nobody on this list gets a text or call, whatever else they agreed to. The list keeps only a masked
        hint of each number or address.
      </p>
      <form className="row" onSubmit={add} noValidate aria-label="Add to the do-not-contact list">
        <Field
          label="Phone or email"
          value={value}
          error={fieldError}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
        <Field
          label="Note (optional)"
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy === 'add'}>
          Add to the list
        </Button>
      </form>
      <div className="field import">
        <label htmlFor={fileId}>Import a file (CSV or text, one phone or email per line)</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(e) => void importFile(e)}
        />
        {busy === 'import' && <p role="status">Importing…</p>}
      </div>
      <p role="status" className="saved">
        {status}
      </p>
      {imported && imported.rejected.length > 0 && (
        <details open>
          <summary>Lines not read ({imported.rejected.length})</summary>
          <ul>
            {imported.rejected.slice(0, 50).map((r) => (
              <li key={r.line}>
                Line {r.line}: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorBanner error={list.error ?? error} onRetry={list.error ? () => void list.reload() : undefined} />
      <Table
        caption="Do-not-contact list"
        rows={items}
        rowKey={(e) => e.id}
        empty={list.loading ? <p role="status">Loading…</p> : <p className="muted">The list is empty.</p>}
        columns={[
          { key: 'value', header: 'Phone or email', render: (e) => e.display },
          { key: 'reason', header: 'Why', render: (e) => REASONS[e.reason] },
          { key: 'note', header: 'Note', render: (e) => e.note ?? '' },
          { key: 'added', header: 'Added', render: (e) => <Time value={e.createdAt} /> },
          ...(isManager(user)
            ? [
                {
                  key: 'remove',
                  header: <span className="visually-hidden">Remove</span>,
                  render: (e: DoNotContactEntry) =>
                    e.reason === 'do_not_contact' ? (
                      <Button variant="link" onClick={() => void remove(e)}>
                        Remove {e.display}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <div className="form-actions">
        {offset > 0 && <Button onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous page</Button>}
        {items.length === PAGE && <Button onClick={() => setOffset(offset + PAGE)}>Next page</Button>}
      </div>
    </section>
  );
}

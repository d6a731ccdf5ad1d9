import { type ChangeEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { importListings, type ListingImportResult } from '../../api/knowledge.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';

/** The server's import limit: larger inventories go in several files. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * CSV import in two steps: the file is checked by the server without writing (every row's outcome,
 * the rejected ones with the reason), then imported as checked.
 */
export function ImportPanel({ onImported }: { onImported(): void }) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [preview, setPreview] = useState<ListingImportResult | null>(null);
  const [done, setDone] = useState<ListingImportResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setDone(null);
    setError(null);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_BYTES) {
      setFile(null);
      return setError(new Error('The file is over 5 MB; split it into several files'));
    }
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    await run(text, true);
  }

  async function run(text: string, dryRun: boolean) {
    setBusy(true);
    setError(null);
    try {
      const result = await importListings(text, dryRun);
      if (dryRun) setPreview(result);
      else {
        setDone(result);
        setPreview(null);
        onImported();
      }
    } catch (caught) {
      setError(caught instanceof ApiError || caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  }

  const rejected = preview?.rows.filter((row) => row.outcome === 'rejected') ?? [];
  return (
    <section className="import-panel" aria-labelledby="import-title">
      <h2 id="import-title">Import listings from CSV</h2>
      <p className="field-hint">
        Columns by header: address (required), city, state, zip, mls, price, status, beds, baths, sqft, hoa,
        open_houses ("2026-01-17 1-4pm; 2026-01-18 11:00-13:00"), pets, showing_notes, time_zone, url. A row
        with the MLS number or address of a listing updates it.
      </p>
      <div className="field">
        <label htmlFor="listing-csv">CSV file</label>
        <input id="listing-csv" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} />
      </div>
      <ErrorBanner error={error} />
      {busy && <p role="status">Checking…</p>}
      {preview && file && (
        <div className="import-preview" aria-live="polite">
          <p>
            {file.name}: {preview.created} new, {preview.updated} updated, {preview.rejected} with errors.
          </p>
          {rejected.length > 0 && (
            <table className="table">
              <caption>Rows that will not be imported</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <Button
            variant="primary"
            busy={busy}
            disabled={preview.created + preview.updated === 0}
            onClick={() => void run(file.text, false)}
          >
            Import {preview.created + preview.updated} listing
            {preview.created + preview.updated === 1 ? '' : 's'}
          </Button>
        </div>
      )}
      {done && (
        <p role="status">
          Imported: {done.created} new, {done.updated} updated
          {done.rejected ? `, ${done.rejected} skipped` : ''}.
        </p>
      )}
    </section>
  );
}

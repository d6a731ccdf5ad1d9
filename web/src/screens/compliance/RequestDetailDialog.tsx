import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { completedRequest, privacyRequestDetail } from '../../../../src/privacy/privacy.schema.ts';
import { ApiError, api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Time } from '../../components/Time.tsx';
import { Dialog } from '../appointments/Dialog.tsx';
import { type ContactValues, fieldErrors, filledFields } from '../conversation/contact-form.ts';
import { absoluteUrl, isOpen, KIND_LABELS, returnsDownload } from './privacy-forms.ts';

type Detail = z.infer<typeof privacyRequestDetail>;
type Completed = z.infer<typeof completedRequest>;
type Export = NonNullable<Completed['export']>;

function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught));
}

function DownloadLink({ download }: { download: Export }) {
  const url = absoluteUrl(download.url, window.location.origin);
  const [copied, setCopied] = useState(false);
  return (
    <div className="export-link" role="status">
      <p>
        <strong>The export is ready.</strong> The link works once and expires{' '}
        <Time value={download.expiresAt} />; it is shown only now, so copy it before closing.
      </p>
      <div className="field">
        <label htmlFor="export-url">Download link</label>
        <input id="export-url" readOnly value={url} onFocus={(e) => e.target.select()} />
      </div>
      <div className="form-actions">
        <Button
          variant="primary"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy the link
        </Button>
        {copied && <span className="muted">Copied</span>}
      </div>
    </div>
  );
}

function CompleteForm({ detail, onDone }: { detail: Detail; onDone(result: Completed): void }) {
  const correction = detail.kind === 'correction';
  const [values, setValues] = useState<ContactValues>({ name: '', email: '', phone: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = filledFields(values);
    if (correction && Object.keys(fields).length === 0) {
      setError(new ApiError(400, 'no_fields', 'Give at least one corrected field'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = correction ? { fields } : {};
      onDone(await api<Completed>(`/privacy/requests/${detail.id}/complete`, { method: 'POST', body }));
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  const bind = (field: keyof ContactValues) => ({
    value: values[field],
    error: errors[field] ?? null,
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Complete the request">
      {correction && (
        <fieldset>
          <legend>The corrected details (leave a field empty to keep it)</legend>
          <Field label="Corrected name" maxLength={200} {...bind('name')} />
          <Field label="Corrected email" type="email" maxLength={254} {...bind('email')} />
          <Field label="Corrected phone" type="tel" maxLength={40} {...bind('phone')} />
        </fieldset>
      )}
      {Object.keys(errors).length === 0 && <ErrorBanner error={error} />}
      <Button type="submit" variant="primary" busy={busy}>
        Complete
      </Button>
    </form>
  );
}

function RejectForm({ id, onDone }: { id: string; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError('Give the reason, it is sent to the person');
    setBusy(true);
    setError(null);
    try {
      await api(`/privacy/requests/${id}/reject`, { method: 'POST', body: { reason: reason.trim() } });
      onDone();
    } catch (caught) {
      setError(asApiError(caught).message);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Reject the request">
      <Field
        label="Reason for rejecting"
        maxLength={500}
        value={reason}
        error={error}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="submit" variant="danger" busy={busy}>
        Reject
      </Button>
    </form>
  );
}

/** One request: its state, due dates and trail, and its answer. */
export function RequestDetailDialog({
  id,
  onClose,
  onChanged,
}: {
  id: string;
  onClose(): void;
  onChanged(): void;
}) {
  const detail = useApi((signal) => api<Detail>(`/privacy/requests/${id}`, { signal }), [id]);
  const [download, setDownload] = useState<Export | null>(null);

  function answered(result?: Completed) {
    if (result?.export) setDownload(result.export);
    void detail.reload();
    onChanged();
  }

  const d = detail.data;
  return (
    <Dialog title="Privacy request" onClose={onClose} className="modal-wide">
      <ErrorBanner error={detail.error} onRetry={detail.reload} />
      {!d && !detail.error && <p role="status">Loading…</p>}
      {d && (
        <>
          <dl className="facts">
            <dt>Request</dt>
            <dd>{KIND_LABELS[d.kind] ?? d.kind}</dd>
            <dt>Status</dt>
            <dd data-testid="request-status">{d.status.replace(/_/g, ' ')}</dd>
            <dt>Jurisdiction</dt>
            <dd>{d.jurisdiction.toUpperCase()}</dd>
            <dt>Received</dt>
            <dd>
              <Time value={d.createdAt} /> ({d.channel})
            </dd>
            {d.acknowledgeBy && (
              <>
                <dt>Confirm receipt by</dt>
                <dd>
                  <Time value={d.acknowledgeBy} />
                </dd>
              </>
            )}
            <dt>Answer due</dt>
            <dd>
              <Time value={d.dueAt} />
            </dd>
            {d.completedAt && (
              <>
                <dt>Closed</dt>
                <dd>
                  <Time value={d.completedAt} />
                </dd>
              </>
            )}
            {d.rejectedReason && (
              <>
                <dt>Reason</dt>
                <dd>{d.rejectedReason}</dd>
              </>
            )}
          </dl>
          {download && <DownloadLink download={download} />}
          {isOpen(d.status) && (
            <div className="request-actions">
              {returnsDownload(d.kind) && (
                <p className="muted">Completing builds the export and shows a one-time download link.</p>
              )}
              <CompleteForm detail={d} onDone={answered} />
              <RejectForm id={d.id} onDone={() => answered()} />
            </div>
          )}
          <h3>Trail</h3>
          <ol className="request-trail">
            {d.trail.map((entry) => (
              <li key={`${entry.at}-${entry.action}`}>
                <Time value={entry.at} /> · {entry.action.replace(/[._]/g, ' ')} by {entry.actorType}
              </li>
            ))}
          </ol>
        </>
      )}
    </Dialog>
  );
}

import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { Dialog } from '../appointments/Dialog.tsx';
import {
  checkDraft,
  type DraftErrors,
  EMPTY_DRAFT,
  JURISDICTION_LABELS,
  KIND_LABELS,
  type RequestDraft,
  requestBody,
} from './privacy-forms.ts';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A request received by the team (by phone, by letter): recorded with its due date. */
export function FileRequestDialog({ onClose, onFiled }: { onClose(): void; onFiled(id: string): void }) {
  const [draft, setDraft] = useState<RequestDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const filed = await api<{ id: string }>('/privacy/requests', {
        method: 'POST',
        body: requestBody(draft),
      });
      onFiled(filed.id);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught)));
      setBusy(false);
    }
  }

  const personError =
    errors.person ?? (error && /phone|email|contact/i.test(error.message) ? error.message : null);
  return (
    <Dialog title="File a privacy request" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label="Request"
          value={draft.kind}
          onChange={(e) => set({ kind: e.target.value })}
          options={options(KIND_LABELS)}
        />
        <fieldset className="field">
          <legend>Find the person by</legend>
          {(['phone', 'email'] as const).map((by) => (
            <label key={by} className="radio">
              <input
                type="radio"
                name="person-by"
                value={by}
                checked={draft.personBy === by}
                onChange={() => set({ personBy: by })}
              />{' '}
              {by === 'phone' ? 'Phone number' : 'Email'}
            </label>
          ))}
        </fieldset>
        <Field
          label={draft.personBy === 'phone' ? "The person's phone number" : "The person's email"}
          type={draft.personBy === 'phone' ? 'tel' : 'email'}
          value={draft.person}
          maxLength={draft.personBy === 'phone' ? 40 : 254}
          error={personError}
          onChange={(e) => set({ person: e.target.value })}
        />
        <SelectField
          label="Jurisdiction"
          hint="Sets the due date: GDPR one month; CCPA 45 days, with receipt confirmed within 10 business days."
          value={draft.jurisdiction}
          onChange={(e) => set({ jurisdiction: e.target.value })}
          options={options(JURISDICTION_LABELS)}
        />
        <div className="field">
          <label htmlFor="privacy-request-note">Note (optional)</label>
          <textarea
            id="privacy-request-note"
            rows={3}
            maxLength={2000}
            value={draft.note}
            onChange={(e) => set({ note: e.target.value })}
          />
          {errors.note && <p className="field-error">{errors.note}</p>}
        </div>
        {!personError && <ErrorBanner error={error} />}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            File the request
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Lead } from '../../api/leads.ts';
import { isManager, useOptionalSession } from '../../api/session.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { Dialog } from '../appointments/Dialog.tsx';
import {
  type ContactValues,
  contactChanges,
  contactValues,
  fieldErrors,
  shownByFields,
} from './contact-form.ts';

type Contact = Lead['contact'];

function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught));
}

function ContactEditor({ contact, onDone }: { contact: Contact; onDone(saved: boolean): void }) {
  const before = contactValues(contact);
  const [values, setValues] = useState<ContactValues>(before);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  async function save(event: FormEvent) {
    event.preventDefault();
    const changes = contactChanges(before, values);
    if (Object.keys(changes).length === 0) return onDone(false);
    setBusy(true);
    setError(null);
    try {
      await api(`/contacts/${contact.id}`, { method: 'PATCH', body: changes });
      onDone(true);
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
    <form className="contact-form" onSubmit={(e) => void save(e)} noValidate>
      <Field label="Name" autoComplete="off" maxLength={200} {...bind('name')} />
      <Field label="Email" type="email" autoComplete="off" maxLength={254} {...bind('email')} />
      <Field label="Phone" type="tel" autoComplete="off" maxLength={40} {...bind('phone')} />
      {!shownByFields(error) && <ErrorBanner error={error} />}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Save the contact
        </Button>
        <Button onClick={() => onDone(false)}>Cancel</Button>
      </div>
    </form>
  );
}

function RestrictionDialog({
  contact,
  onClose,
  onDone,
}: {
  contact: Contact;
  onClose(): void;
  onDone(): void;
}) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const restricting = !contact.restricted;

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await api(`/contacts/${contact.id}/restriction`, { method: restricting ? 'POST' : 'DELETE' });
      onDone();
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  }

  return (
    <Dialog title={restricting ? 'Restrict processing?' : 'Lift the restriction?'} onClose={onClose}>
      {restricting ? (
        <p>
          While processing is restricted, no texts are sent, no calls are made and the assistant does not
          process anything about this person. The record stays as it is until the restriction is lifted.
        </p>
      ) : (
        <p>Texts, calls and the assistant work for this person again, within their consent.</p>
      )}
      <ErrorBanner error={error} />
      <div className="form-actions">
        <Button variant={restricting ? 'danger' : 'primary'} busy={busy} onClick={() => void confirm()}>
          {restricting ? 'Restrict processing' : 'Lift restriction'}
        </Button>
        <Button onClick={onClose}>Cancel</Button>
      </div>
    </Dialog>
  );
}

/** The person's name, email and phone; admins and owners correct them and restrict processing. */
export function LeadContact({
  lead,
  onChanged,
  editable,
}: {
  lead: Lead;
  onChanged(): void;
  /** Defaults to the signed-in user's role. */
  editable?: boolean;
}) {
  const user = useOptionalSession()?.user;
  const canEdit = editable ?? (user ? isManager(user) : false);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const contact = lead.contact;

  return (
    <section className="panel-section" aria-labelledby="contact-title">
      <h2 id="contact-title">Contact details</h2>
      {contact.restricted && (
        <p className="badge badge-warning" data-testid="contact-restricted">
          Processing restricted: no texts, calls or AI
        </p>
      )}
      {editing ? (
        <ContactEditor
          contact={contact}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged();
          }}
        />
      ) : (
        <dl className="facts">
          <dt>Name</dt>
          <dd>{contact.name ?? <span className="muted">none</span>}</dd>
          <dt>Email</dt>
          <dd>{contact.email ?? <span className="muted">none</span>}</dd>
          <dt>Phone</dt>
          <dd>{contact.phone ?? <span className="muted">none</span>}</dd>
        </dl>
      )}
      {canEdit && !editing && (
        <div className="form-actions">
          <Button onClick={() => setEditing(true)}>Edit the contact</Button>
          <Button onClick={() => setConfirming(true)}>
            {contact.restricted ? 'Lift restriction' : 'Restrict processing'}
          </Button>
        </div>
      )}
      {confirming && (
        <RestrictionDialog
          contact={contact}
          onClose={() => setConfirming(false)}
          onDone={() => {
            setConfirming(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}

import { type FormEvent, useState } from 'react';
import { type ApiError, api } from '../../api/client.ts';
import { useSession, useUser } from '../../api/session.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { AlertSettingsForm } from '../alerts/AlertSettingsForm.tsx';
import { alertFormFrom } from '../alerts/alert-form.ts';
import { PushDevice } from '../alerts/PushDevice.tsx';

export function AccountScreen() {
  useDocumentTitle('Your account');
  const user = useUser();
  const { refresh } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (newPassword !== confirm) {
      setError(new Error('The new password and its confirmation differ'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
      setCurrent('');
      setNew('');
      setConfirm('');
      setDone(true);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>{user.isOperator ? 'Platform operator' : (user.role ?? '—')}</dd>
      </dl>
      {user.role && (
        <section className="card" aria-labelledby="alerts-title">
          <h2 id="alerts-title">Alerts</h2>
          <p className="muted">
            When a lead is hot, asks for a person or may have opted out, you are told at once.
          </p>
          <AlertSettingsForm
            initial={alertFormFrom(user)}
            onSave={async (patch) => {
              await api('/users/me', { method: 'PATCH', body: patch });
              await refresh();
            }}
          />
          <PushDevice />
        </section>
      )}
      <form className="card" onSubmit={submit} aria-labelledby="password-title">
        <h2 id="password-title">Change your password</h2>
        <p className="muted">Your other sessions end when you change it.</p>
        <ErrorBanner error={error} />
        {done && (
          <p className="notice" role="status">
            Your password has been changed.
          </p>
        )}
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint="At least 10 characters."
          value={newPassword}
          onChange={(event) => setNew(event.target.value)}
        />
        <Field
          label="Confirm the new password"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
        />
        <Button type="submit" variant="primary" busy={busy}>
          Change password
        </Button>
      </form>
    </section>
  );
}

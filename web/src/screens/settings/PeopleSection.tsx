import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useUser } from '../../api/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { Table } from '../../components/Table.tsx';
import { AlertSettingsForm } from '../alerts/AlertSettingsForm.tsx';
import { alertFormFrom } from '../alerts/alert-form.ts';
import { Dialog } from '../appointments/Dialog.tsx';
import { apiFieldErrors, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';
import { checkNewUser, type NewUserForm } from './validation.ts';

interface User {
  id: string;
  name: string;
  email: string;
  role: 'owner' | 'admin' | 'agent' | null;
  disabled: boolean;
  timezone: string | null;
  mobilePhone: string | null;
  alertChannels: Array<'push' | 'sms' | 'email'> | null;
}

const channelsText = (u: User) =>
  u.alertChannels === null ? 'Workspace setting' : u.alertChannels.join(', ') || 'Off';

const ROLES = [
  { value: 'agent', label: 'Agent' },
  { value: 'admin', label: 'Admin' },
  { value: 'owner', label: 'Owner' },
];

const EMPTY: NewUserForm = { name: '', email: '', role: 'agent', password: '', timezone: '' };

function AddUserDialog({ onClose, onAdded }: { onClose(): void; onAdded(): void }) {
  const [form, setForm] = useState<NewUserForm>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkNewUser(form);
    if (checked.errors) return setErrors(checked.errors);
    setBusy(true);
    try {
      await api('/users', { method: 'POST', body: checked.value });
      onAdded();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Dialog title="Add a person" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field
          label="Name"
          value={form.name}
          error={errors.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <Field
          label="Email"
          type="email"
          autoComplete="off"
          value={form.email}
          error={errors.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
        <SelectField
          label="Role"
          value={form.role}
          options={ROLES}
          onChange={(e) => setForm({ ...form, role: e.target.value as NewUserForm['role'] })}
        />
        <Field
          label="First password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          error={errors.password}
          hint="At least 10 characters; they can change it after signing in"
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <Field
          label="Time zone (optional)"
          value={form.timezone}
          error={errors.timezone}
          placeholder="America/Chicago"
          onChange={(e) => setForm({ ...form, timezone: e.target.value })}
        />
        <SaveStatus
          saved={false}
          errors={errors}
          fields={['name', 'email', 'role', 'password', 'timezone']}
        />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            Add
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Who works in the workspace and what they may do. */
export function PeopleSection() {
  const me = useUser();
  const users = useApi((signal) => api<{ items: User[] }>('/users', { signal }), []);
  const [adding, setAdding] = useState(false);
  const [editingAlerts, setEditingAlerts] = useState<User | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [status, setStatus] = useState('');

  async function change(user: User, action: () => Promise<unknown>, done: string) {
    setError(null);
    try {
      await action();
      setStatus(done.replace('{name}', user.name));
      await users.reload();
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  }

  return (
    <section aria-labelledby="people-title">
      <div className="card-header">
        <h2 id="people-title">Agents and roles</h2>
        <Button variant="primary" onClick={() => setAdding(true)}>
          Add a person
        </Button>
      </div>
      <p className="muted">Agents work leads and appointments; admins and owners also run the workspace.</p>
      <ErrorBanner
        error={users.error ?? error}
        onRetry={users.error ? () => void users.reload() : undefined}
      />
      <p role="status" className="saved">
        {status}
      </p>
      <Table
        caption="People in the workspace"
        rows={users.data?.items ?? []}
        rowKey={(u) => u.id}
        columns={[
          { key: 'name', header: 'Name', render: (u) => u.name },
          { key: 'email', header: 'Email', render: (u) => u.email },
          {
            key: 'role',
            header: 'Role',
            render: (u) => (
              <>
                <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                  Role of {u.name}
                </label>
                <select
                  id={`role-${u.id}`}
                  value={u.role ?? 'agent'}
                  disabled={u.id === me.id}
                  onChange={(e) =>
                    void change(
                      u,
                      () => api(`/users/${u.id}`, { method: 'PATCH', body: { role: e.target.value } }),
                      `{name} is now ${e.target.value}`,
                    )
                  }
                >
                  {ROLES.map((role) => (
                    <option key={role.value} value={role.value}>
                      {role.label}
                    </option>
                  ))}
                </select>
              </>
            ),
          },
          {
            key: 'alerts',
            header: 'Alerts',
            render: (u) => (
              <>
                {u.mobilePhone ?? 'No mobile phone'} · {channelsText(u)}{' '}
                <Button variant="link" onClick={() => setEditingAlerts(u)}>
                  Edit alerts for {u.name}
                </Button>
              </>
            ),
          },
          { key: 'status', header: 'Status', render: (u) => (u.disabled ? 'Disabled' : 'Active') },
          {
            key: 'actions',
            header: <span className="visually-hidden">Actions</span>,
            render: (u) =>
              u.id === me.id ? (
                <span className="muted">You</span>
              ) : u.disabled ? (
                <Button
                  variant="link"
                  onClick={() =>
                    void change(
                      u,
                      () => api(`/users/${u.id}`, { method: 'PATCH', body: { disabled: false } }),
                      '{name} can sign in again',
                    )
                  }
                >
                  Enable {u.name}
                </Button>
              ) : (
                <Button
                  variant="link"
                  onClick={() =>
                    void change(u, () => api(`/users/${u.id}`, { method: 'DELETE' }), '{name} is disabled')
                  }
                >
                  Disable {u.name}
                </Button>
              ),
          },
        ]}
      />
      {editingAlerts && (
        <Dialog title={`Alerts for ${editingAlerts.name}`} onClose={() => setEditingAlerts(null)}>
          <AlertSettingsForm
            whose={`${editingAlerts.name}'s`}
            initial={alertFormFrom(editingAlerts)}
            onSave={async (patch) => {
              await api(`/users/${editingAlerts.id}`, { method: 'PATCH', body: patch });
              setStatus(`Alerts for ${editingAlerts.name} saved.`);
              setEditingAlerts(null);
              await users.reload();
            }}
          />
        </Dialog>
      )}
      {adding && (
        <AddUserDialog
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            setStatus('Added.');
            void users.reload();
          }}
        />
      )}
    </section>
  );
}

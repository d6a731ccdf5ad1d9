import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../api/session.tsx';
import type { SessionWorkspace } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { apiFieldErrors, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';
import { checkWorkspace, type WorkspaceProfile } from './validation.ts';

const FIELDS = ['name', 'timezone', 'defaultRegion'] as const;

export function WorkspaceSection() {
  const { refresh } = useSession();
  const loaded = useApi((signal) => api<SessionWorkspace>('/workspace', { signal }), []);
  const [form, setForm] = useState<WorkspaceProfile>({ name: '', timezone: '', defaultRegion: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.data) {
      setForm({
        name: loaded.data.name,
        timezone: loaded.data.timezone,
        defaultRegion: loaded.data.defaultRegion,
      });
    }
  }, [loaded.data]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = checkWorkspace(form);
    if (checked.errors) return setErrors(checked.errors);
    setBusy(true);
    try {
      await api('/workspace', { method: 'PATCH', body: checked.value });
      await loaded.reload();
      await refresh();
      setErrors({});
      setSaved(true);
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />;
  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="workspace-title">
      <h2 id="workspace-title">Workspace</h2>
      <Field
        label="Name"
        value={form.name}
        error={errors.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        hint="Shown to leads in texts as the business name unless the assistant settings give another"
      />
      <Field
        label="Time zone"
        value={form.timezone}
        error={errors.timezone}
        onChange={(e) => setForm({ ...form, timezone: e.target.value })}
        hint="IANA name, e.g. America/Chicago: quiet hours and reports follow it"
      />
      <Field
        label="Default country for phone numbers"
        value={form.defaultRegion}
        maxLength={2}
        error={errors.defaultRegion}
        onChange={(e) => setForm({ ...form, defaultRegion: e.target.value })}
        hint="Two letters, e.g. US: numbers typed without a country code are read in it"
      />
      {loaded.data && <p className="muted">Address of the lead form: /f/{loaded.data.slug}</p>}
      <SaveStatus saved={saved} errors={errors} fields={FIELDS} />
      <Button type="submit" variant="primary" busy={busy}>
        Save workspace
      </Button>
    </form>
  );
}

import { type FormEvent, useState } from 'react';
import type { AlertChannel } from '../../api/alerts.ts';
import { ApiError } from '../../api/client.ts';
import { Button } from '../../components/Button.tsx';
import { Field } from '../../components/Field.tsx';
import { type AlertForm, type AlertPatch, CHANNEL_LABELS, checkAlertForm } from './alert-form.ts';

const CHANNELS: AlertChannel[] = ['push', 'sms', 'email'];

/**
 * A person's mobile phone and how they are alerted about hot leads and handoffs: on the account screen
 * for oneself, in the team list for an admin.
 */
export function AlertSettingsForm({
  initial,
  onSave,
  whose = 'your',
}: {
  initial: AlertForm;
  onSave(patch: AlertPatch): Promise<unknown>;
  whose?: string;
}) {
  const [form, setForm] = useState<AlertForm>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = checkAlertForm(form);
    if (checked.errors) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      await onSave(checked.value);
      setSaved(true);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid_phone')
        setErrors({ mobilePhone: 'This is not a phone number that can receive texts' });
      else setErrors({ '': error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (channel: AlertChannel, on: boolean) =>
    setForm({
      ...form,
      channels: on ? [...form.channels, channel] : form.channels.filter((c) => c !== channel),
    });

  return (
    <form onSubmit={submit} noValidate className="alert-settings">
      {errors[''] && <p role="alert">{errors['']}</p>}
      <Field
        label="Mobile phone"
        type="tel"
        autoComplete="tel"
        value={form.mobilePhone}
        error={errors.mobilePhone}
        hint="Where text alerts go. Without a country code it is read in the workspace's region."
        onChange={(e) => setForm({ ...form, mobilePhone: e.target.value })}
      />
      <fieldset>
        <legend>How {whose} alerts about hot leads and handoffs arrive</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.useDefault}
            onChange={(e) => setForm({ ...form, useDefault: e.target.checked })}
          />
          Use the workspace's setting
        </label>
        {CHANNELS.map((channel) => (
          <label key={channel} className="checkbox">
            <input
              type="checkbox"
              disabled={form.useDefault}
              checked={!form.useDefault && form.channels.includes(channel)}
              onChange={(e) => toggle(channel, e.target.checked)}
            />
            {CHANNEL_LABELS[channel]}
          </label>
        ))}
      </fieldset>
      <p role="status" className="saved">
        {saved ? 'Saved.' : ''}
      </p>
      <Button type="submit" variant="primary" busy={busy}>
        Save alerts
      </Button>
    </form>
  );
}

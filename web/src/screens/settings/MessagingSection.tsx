import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { errorFor } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';
import { useSettingsForm } from './use-settings-form.ts';
import { checkMessaging, type MessagingForm, type MessagingPatch } from './validation.ts';

const FIELDS = [
  'quietHours',
  'directReplyIgnoresQuietHours',
  'contactDailyCap',
  'workspaceDailyCap',
  'agentNotifications',
] as const;

function toForm(settings: MessagingPatch): MessagingForm {
  return {
    quietHours: {
      enabled: settings.quietHours !== null,
      start: settings.quietHours?.start ?? '21:00',
      end: settings.quietHours?.end ?? '08:00',
    },
    directReplyIgnoresQuietHours: settings.directReplyIgnoresQuietHours,
    contactDailyCap: String(settings.contactDailyCap),
    workspaceDailyCap: String(settings.workspaceDailyCap),
    agentNotifications: settings.agentNotifications,
  };
}

/** Quiet hours (which only ever narrow the legal window), daily caps and how agents hear about leads. */
export function MessagingSection() {
  const { loaded, form, setForm, errors, saved, busy, submit } = useSettingsForm({
    path: '/messaging/settings',
    toForm,
    check: checkMessaging,
  });

  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!form) return <p role="status">Loading…</p>;

  const quiet = form.quietHours;
  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="messaging-title">
      <h2 id="messaging-title">Quiet hours and caps</h2>
      <fieldset>
        <legend>Quiet hours</legend>
        <p className="field-hint">
          In the lead's own time zone. The legal window (8:00–21:00 in most places) always applies; these
          hours can only narrow it.
        </p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={quiet.enabled}
            onChange={(e) => setForm({ ...form, quietHours: { ...quiet, enabled: e.target.checked } })}
          />
          Keep quiet hours of our own
        </label>
        {quiet.enabled && (
          <div className="row">
            <Field
              label="Quiet from"
              type="time"
              value={quiet.start}
              error={errorFor(errors, 'quietHours.start') ?? errors.quietHours}
              onChange={(e) => setForm({ ...form, quietHours: { ...quiet, start: e.target.value } })}
            />
            <Field
              label="Until"
              type="time"
              value={quiet.end}
              error={errorFor(errors, 'quietHours.end')}
              onChange={(e) => setForm({ ...form, quietHours: { ...quiet, end: e.target.value } })}
            />
          </div>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.directReplyIgnoresQuietHours}
            onChange={(e) => setForm({ ...form, directReplyIgnoresQuietHours: e.target.checked })}
          />
          Answer a lead's own form or text at once, even in quiet hours
        </label>
      </fieldset>
      <fieldset className="grid-2">
        <legend>Caps</legend>
        <Field
          label="Automated texts per lead per 24 hours"
          inputMode="numeric"
          value={form.contactDailyCap}
          error={errorFor(errors, 'contactDailyCap')}
          onChange={(e) => setForm({ ...form, contactDailyCap: e.target.value })}
        />
        <Field
          label="Automated texts from the workspace per 24 hours"
          inputMode="numeric"
          value={form.workspaceDailyCap}
          error={errorFor(errors, 'workspaceDailyCap')}
          onChange={(e) => setForm({ ...form, workspaceDailyCap: e.target.value })}
        />
      </fieldset>
      <SelectField
        label="Tell the assigned agent about leads that need them by"
        value={form.agentNotifications}
        onChange={(e) =>
          setForm({ ...form, agentNotifications: e.target.value as MessagingForm['agentNotifications'] })
        }
        options={[
          { value: 'both', label: 'Text and email' },
          { value: 'sms', label: 'Text' },
          { value: 'email', label: 'Email' },
          { value: 'none', label: 'No notifications' },
        ]}
      />
      <SaveStatus saved={saved} errors={errors} fields={FIELDS} />
      <Button type="submit" variant="primary" busy={busy}>
        Save quiet hours and caps
      </Button>
    </form>
  );
}

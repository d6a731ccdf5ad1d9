import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { AppointmentTypesEditor } from './AppointmentTypesEditor.tsx';
import { errorFor, type FieldErrors } from './form-errors.ts';
import { SaveStatus } from './parts.tsx';
import { type Checked, useSettingsForm } from './use-settings-form.ts';
import { parseReminderOffsets } from './validation.ts';

interface SchedulingSettings {
  reminderOffsetsMinutes: number[];
  askToConfirm: boolean;
  bookingTexts: boolean;
  noShowFollowUp: boolean;
  noShowAfterMinutes: number;
  bookingLinkHours: number;
}

type Form = Omit<SchedulingSettings, 'reminderOffsetsMinutes' | 'noShowAfterMinutes' | 'bookingLinkHours'> & {
  reminderOffsetsMinutes: string;
  noShowAfterMinutes: string;
  bookingLinkHours: string;
};

const FIELDS = [
  'reminderOffsetsMinutes',
  'askToConfirm',
  'bookingTexts',
  'noShowFollowUp',
  'noShowAfterMinutes',
  'bookingLinkHours',
];

function toForm(s: SchedulingSettings): Form {
  return {
    ...s,
    reminderOffsetsMinutes: s.reminderOffsetsMinutes.join(', '),
    noShowAfterMinutes: String(s.noShowAfterMinutes),
    bookingLinkHours: String(s.bookingLinkHours),
  };
}

function whole(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= min && value <= max ? value : null;
}

function check(form: Form): Checked<SchedulingSettings> {
  const offsets = parseReminderOffsets(form.reminderOffsetsMinutes);
  const noShow = whole(form.noShowAfterMinutes, 5, 1440);
  const linkHours = whole(form.bookingLinkHours, 1, 1440);
  const found: FieldErrors = { ...offsets.errors };
  if (noShow === null) found.noShowAfterMinutes = 'From 5 to 1,440 minutes';
  if (linkHours === null) found.bookingLinkHours = 'From 1 to 1,440 hours';
  if (offsets.errors || noShow === null || linkHours === null) return { value: null, errors: found };
  return {
    value: {
      reminderOffsetsMinutes: offsets.value,
      askToConfirm: form.askToConfirm,
      bookingTexts: form.bookingTexts,
      noShowFollowUp: form.noShowFollowUp,
      noShowAfterMinutes: noShow,
      bookingLinkHours: linkHours,
    },
    errors: null,
  };
}

/** Appointment types, reminders, confirmation, no-show follow-up and booking links. */
export function SchedulingSection() {
  const { loaded, form, setForm, errors, saved, busy, submit } = useSettingsForm({
    path: '/scheduling/settings',
    toForm,
    check,
  });

  const toggle = (key: 'askToConfirm' | 'bookingTexts' | 'noShowFollowUp', label: string) =>
    form && (
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.checked })}
        />
        {label}
      </label>
    );

  return (
    <section aria-labelledby="scheduling-title">
      <h2 id="scheduling-title">Appointment types and scheduling</h2>
      <AppointmentTypesEditor />
      <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />
      {form && (
        <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="reminders-title">
          <h3 id="reminders-title">Reminders and booking</h3>
          <Field
            label="Reminders, minutes before the start"
            value={form.reminderOffsetsMinutes}
            error={errorFor(errors, 'reminderOffsetsMinutes')}
            hint="Comma-separated, e.g. 1440, 60 (a day and an hour before); empty for none"
            onChange={(e) => setForm({ ...form, reminderOffsetsMinutes: e.target.value })}
          />
          {toggle('askToConfirm', 'The first reminder asks the lead to reply C to confirm')}
          {toggle('bookingTexts', 'Text the lead when an agent or the booking page books, moves or cancels')}
          {toggle('noShowFollowUp', 'Text a lead who did not come, with a link to pick a new time')}
          <div className="grid-2">
            <Field
              label="A no-show after (minutes past the end)"
              inputMode="numeric"
              value={form.noShowAfterMinutes}
              error={errorFor(errors, 'noShowAfterMinutes')}
              onChange={(e) => setForm({ ...form, noShowAfterMinutes: e.target.value })}
            />
            <Field
              label="Booking links work for (hours)"
              inputMode="numeric"
              value={form.bookingLinkHours}
              error={errorFor(errors, 'bookingLinkHours')}
              onChange={(e) => setForm({ ...form, bookingLinkHours: e.target.value })}
            />
          </div>
          <SaveStatus saved={saved} errors={errors} fields={FIELDS} />
          <Button type="submit" variant="primary" busy={busy}>
            Save scheduling settings
          </Button>
        </form>
      )}
    </section>
  );
}

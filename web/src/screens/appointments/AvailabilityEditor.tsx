import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import { errorFor, unplacedErrors } from '../settings/form-errors.ts';
import { type Checked, useSettingsForm } from '../settings/use-settings-form.ts';
import { type AvailabilityForm, availabilityToForm, formToAvailability } from './availability-form.ts';
import { type Availability, type AvailabilityBody, WEEKDAYS } from './types.ts';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Time off is typed in the zone of the hours, else in the agent's effective zone. */
function check(form: AvailabilityForm, current: Availability): Checked<AvailabilityBody> {
  const checked = formToAvailability(form, form.timezone.trim() || current.effectiveTimezone);
  return checked.errors ? { value: null, errors: checked.errors } : { value: checked.body, errors: null };
}

/** One agent's weekly hours, date overrides, time off, buffers, notice and daily maximum. */
export function AvailabilityEditor({ agentId, agentName }: { agentId: string; agentName: string }) {
  const { loaded, form, setForm, errors, saved, setSaved, busy, submit } = useSettingsForm({
    path: `/agents/${agentId}/availability`,
    method: 'PUT',
    toForm: availabilityToForm,
    check,
  });
  const zone = loaded.data?.effectiveTimezone ?? 'UTC';

  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!form || !loaded.data) return <p role="status">Loading availability…</p>;

  const update = (patch: Partial<AvailabilityForm>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };

  const placed = ['timezone', 'weekly', 'overrides', 'timeOff', 'bufferBeforeMinutes', 'bufferAfterMinutes'];
  const leftover = unplacedErrors(errors, [...placed, 'minimumNoticeMinutes', 'maxPerDay']);
  return (
    <form className="availability" onSubmit={submit} noValidate aria-label={`Availability of ${agentName}`}>
      {!loaded.data.configured && (
        <p className="notice">{agentName} has no availability yet, so no times can be booked with them.</p>
      )}
      <Field
        label="Time zone of these hours"
        value={form.timezone}
        placeholder={zone}
        hint={`Empty: the agent's own zone (now ${zone})`}
        error={errorFor(errors, 'timezone')}
        onChange={(e) => update({ timezone: e.target.value })}
      />
      <fieldset>
        <legend>Weekly hours</legend>
        <p className="field-hint">Ranges like 09:00-12:00, 13:00-17:00; empty for a day off.</p>
        {WEEKDAYS.map((day) => (
          <Field
            key={day}
            label={capital(day)}
            value={form.weekly[day]}
            error={errorFor(errors, `weekly.${day}`)}
            onChange={(e) => update({ weekly: { ...form.weekly, [day]: e.target.value } })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Date overrides</legend>
        {form.overrides.map((override, i) => (
          <div className="row" key={`override-${i.toString()}`}>
            <Field
              label="Date"
              type="date"
              value={override.date}
              error={errorFor(errors, `overrides.${i}.date`)}
              onChange={(e) =>
                update({
                  overrides: form.overrides.map((o, j) => (j === i ? { ...o, date: e.target.value } : o)),
                })
              }
            />
            <Field
              label="Hours (empty: off)"
              value={override.hours}
              error={errorFor(errors, `overrides.${i}.hours`)}
              onChange={(e) =>
                update({
                  overrides: form.overrides.map((o, j) => (j === i ? { ...o, hours: e.target.value } : o)),
                })
              }
            />
            <Button
              variant="link"
              onClick={() => update({ overrides: form.overrides.filter((_, j) => j !== i) })}
            >
              Remove override
            </Button>
          </div>
        ))}
        <Button onClick={() => update({ overrides: [...form.overrides, { date: '', hours: '', note: '' }] })}>
          Add a date override
        </Button>
      </fieldset>
      <fieldset>
        <legend>Time off ({zone})</legend>
        {form.timeOff.map((off, i) => (
          <div className="row" key={`off-${i.toString()}`}>
            <Field
              label="From"
              type="datetime-local"
              value={off.start}
              error={errorFor(errors, `timeOff.${i}.start`)}
              onChange={(e) =>
                update({
                  timeOff: form.timeOff.map((o, j) => (j === i ? { ...o, start: e.target.value } : o)),
                })
              }
            />
            <Field
              label="Until"
              type="datetime-local"
              value={off.end}
              error={errorFor(errors, `timeOff.${i}.end`) ?? errorFor(errors, `timeOff.${i}`)}
              onChange={(e) =>
                update({ timeOff: form.timeOff.map((o, j) => (j === i ? { ...o, end: e.target.value } : o)) })
              }
            />
            <Field
              label="Note"
              value={off.note}
              onChange={(e) =>
                update({
                  timeOff: form.timeOff.map((o, j) => (j === i ? { ...o, note: e.target.value } : o)),
                })
              }
            />
            <Button
              variant="link"
              onClick={() => update({ timeOff: form.timeOff.filter((_, j) => j !== i) })}
            >
              Remove time off
            </Button>
          </div>
        ))}
        <Button onClick={() => update({ timeOff: [...form.timeOff, { start: '', end: '', note: '' }] })}>
          Add time off
        </Button>
      </fieldset>
      <fieldset className="grid-2">
        <legend>Limits</legend>
        <Field
          label="Buffer before (min)"
          inputMode="numeric"
          value={form.bufferBeforeMinutes}
          error={errorFor(errors, 'bufferBeforeMinutes')}
          onChange={(e) => update({ bufferBeforeMinutes: e.target.value })}
        />
        <Field
          label="Buffer after (min)"
          inputMode="numeric"
          value={form.bufferAfterMinutes}
          error={errorFor(errors, 'bufferAfterMinutes')}
          onChange={(e) => update({ bufferAfterMinutes: e.target.value })}
        />
        <Field
          label="Minimum notice (min)"
          inputMode="numeric"
          value={form.minimumNoticeMinutes}
          error={errorFor(errors, 'minimumNoticeMinutes')}
          onChange={(e) => update({ minimumNoticeMinutes: e.target.value })}
        />
        <Field
          label="Most appointments a day"
          inputMode="numeric"
          value={form.maxPerDay}
          hint="Empty: no limit"
          error={errorFor(errors, 'maxPerDay')}
          onChange={(e) => update({ maxPerDay: e.target.value })}
        />
      </fieldset>
      {leftover.length > 0 && <ErrorBanner error={new Error(leftover.join('; '))} />}
      {Object.keys(errors).length > 0 && leftover.length === 0 && (
        <p className="field-error" role="alert">
          Some fields need a fix.
        </p>
      )}
      {saved && <p role="status">Availability saved.</p>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Save availability
        </Button>
      </div>
    </form>
  );
}

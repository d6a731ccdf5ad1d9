import type { ReactNode } from 'react';
import type { VoiceSettings } from '../../api/calls.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { errorFor } from './form-errors.ts';
import { SaveStatus, TextAreaField } from './parts.tsx';
import { useSettingsForm } from './use-settings-form.ts';
import {
  checkVoice,
  toVoiceForm,
  VOICEMAIL_MAX,
  type VoiceForm,
  type VoicePatch,
} from './voice-settings-form.ts';

const FIELDS = [
  'outboundCalls',
  'callingHours',
  'machine',
  'voicemailText',
  'textAfterVoicemail',
  'retry',
  'dailyCallCap',
  'transfer',
  'recording',
  'language',
] as const;

function Check(props: { checked: boolean; onChange(value: boolean): void; children: ReactNode }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.children}
    </label>
  );
}

/** Calls: speed-to-lead calls, calling hours, answering machines, retries, transfers and recordings. */
export function VoiceSection() {
  const { loaded, form, setForm, errors, saved, busy, submit } = useSettingsForm<
    VoiceSettings,
    VoiceForm,
    VoicePatch
  >({ path: '/voice/settings', toForm: toVoiceForm, check: checkVoice });

  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!form) return <p role="status">Loading…</p>;
  const set = (patch: Partial<VoiceForm>) => setForm({ ...form, ...patch });

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="voice-title">
      <h2 id="voice-title">Calls</h2>
      <fieldset>
        <legend>Calling new leads</legend>
        <Check checked={form.outboundEnabled} onChange={(value) => set({ outboundEnabled: value })}>
          Call new leads who agreed to calls
        </Check>
        <Field
          label="Call within (seconds of the lead arriving)"
          inputMode="numeric"
          value={form.callWithinSeconds}
          error={errorFor(errors, 'outboundCalls.callWithinSeconds') ?? errorFor(errors, 'outboundCalls')}
          onChange={(e) => set({ callWithinSeconds: e.target.value })}
        />
        <p className="field-hint">
          In the lead's own time zone. The law's hours always apply; these can only narrow them.
        </p>
        <div className="row">
          <Field
            label="Call from"
            type="time"
            value={form.callingStart}
            error={errorFor(errors, 'callingHours.start') ?? errors.callingHours}
            onChange={(e) => set({ callingStart: e.target.value })}
          />
          <Field
            label="Call until"
            type="time"
            value={form.callingEnd}
            error={errorFor(errors, 'callingHours.end')}
            onChange={(e) => set({ callingEnd: e.target.value })}
          />
        </div>
        <Field
          label="Automated calls per lead per 24 hours"
          inputMode="numeric"
          value={form.dailyCallCap}
          error={errorFor(errors, 'dailyCallCap')}
          onChange={(e) => set({ dailyCallCap: e.target.value })}
        />
        <Check checked={form.retryEnabled} onChange={(value) => set({ retryEnabled: value })}>
          Call once more after no answer, busy or a failed call
        </Check>
        <Field
          label="Retry after (minutes)"
          inputMode="numeric"
          value={form.retryAfterMinutes}
          error={errorFor(errors, 'retry.afterMinutes') ?? errorFor(errors, 'retry')}
          onChange={(e) => set({ retryAfterMinutes: e.target.value })}
        />
      </fieldset>
      <fieldset>
        <legend>Answering machines</legend>
        <SelectField
          label="When a machine answers"
          value={form.machine}
          onChange={(e) => set({ machine: e.target.value as VoiceForm['machine'] })}
          options={[
            { value: 'voicemail', label: 'Leave the voicemail after the beep' },
            { value: 'hang_up', label: 'Hang up' },
          ]}
        />
        <TextAreaField
          label="Voicemail"
          hint={`{business} and {firstName} are filled in. Say that an AI assistant calls, for whom, and how to stop the calls. At most ${VOICEMAIL_MAX} characters.`}
          rows={3}
          value={form.voicemailText}
          error={errorFor(errors, 'voicemailText')}
          onChange={(e) => set({ voicemailText: e.target.value })}
        />
        <Check checked={form.textAfterVoicemail} onChange={(value) => set({ textAfterVoicemail: value })}>
          Text the lead after a voicemail (only with their consent to texts)
        </Check>
      </fieldset>
      <fieldset>
        <legend>Transfers to a person</legend>
        <Check checked={form.transferEnabled} onChange={(value) => set({ transferEnabled: value })}>
          Put a caller who asks for a person through to the assigned agent's mobile
        </Check>
        <Field
          label="Fallback number"
          hint="Dialed when the lead has no agent, or the agent has no mobile number. Leave empty for none."
          type="tel"
          value={form.fallbackNumber}
          error={errorFor(errors, 'transfer.fallbackNumber')}
          onChange={(e) => set({ fallbackNumber: e.target.value })}
        />
        <Field
          label="Ring the agent for (seconds)"
          inputMode="numeric"
          value={form.ringSeconds}
          error={errorFor(errors, 'transfer.ringSeconds') ?? errorFor(errors, 'transfer')}
          onChange={(e) => set({ ringSeconds: e.target.value })}
        />
      </fieldset>
      <fieldset>
        <legend>Recordings</legend>
        <Check checked={form.recordingEnabled} onChange={(value) => set({ recordingEnabled: value })}>
          Record calls that come in (after the disclosure; in all-party-consent states only when the caller
          agrees)
        </Check>
        <SelectField
          label="Keep recordings"
          value={form.recordingKeep}
          error={errorFor(errors, 'recording')}
          onChange={(e) => set({ recordingKeep: e.target.value as VoiceForm['recordingKeep'] })}
          options={[
            { value: 'encrypted', label: "Encrypted on this server (Twilio's copy deleted)" },
            { value: 'twilio', label: 'At Twilio' },
          ]}
        />
      </fieldset>
      {form.language !== null && (
        <SelectField
          label="Calls start in"
          value={form.language}
          error={errorFor(errors, 'language')}
          onChange={(e) => set({ language: e.target.value })}
          options={[
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Spanish' },
          ]}
        />
      )}
      <SaveStatus saved={saved} errors={errors} fields={FIELDS} />
      <Button type="submit" variant="primary" busy={busy}>
        Save call settings
      </Button>
    </form>
  );
}

import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { previewScript, type ScriptPreviewResult } from '../../api/knowledge.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field, SelectField } from '../../components/Field.tsx';
import { apiFieldErrors, errorFor, type FieldErrors } from '../settings/form-errors.ts';
import { SaveStatus, TextAreaField } from '../settings/parts.tsx';
import {
  EMPTY_SAMPLE,
  type HandoffRules,
  INTENT_NAMES,
  QUESTIONS_MAX,
  type QuestionRow,
  type SampleProfile,
  type Script,
  type ScriptForm,
  SLOT_LABELS,
  SLOT_NAMES,
  sampleProfile,
  scriptForm,
  scriptFromForm,
} from './script-form.ts';

interface Loaded {
  script: Script;
  handoff: HandoffRules;
}

const FIELDS = ['script', 'handoff'];

/** The qualification script in a form, with the question the assistant would ask a sample lead next. */
export function ScriptEditor() {
  const loaded = useApi((signal) => api<Loaded>('/conversation/settings', { signal }), []);
  const [form, setForm] = useState<ScriptForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (loaded.data) setForm(scriptForm(loaded.data.script, loaded.data.handoff));
  }, [loaded.data]);

  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!form || !loaded.data) return <p role="status">Loading…</p>;
  const current = loaded.data;

  const set = (patch: Partial<ScriptForm>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const setRow = (index: number, patch: Partial<QuestionRow>) =>
    set({ questions: form.questions.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  const move = (index: number, by: -1 | 1) => {
    const questions = [...form.questions];
    const [row] = questions.splice(index, 1);
    if (row) questions.splice(index + by, 0, row);
    set({ questions });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const { script, handoff, errors: found } = scriptFromForm(form, current);
    if (!script || !handoff) return setErrors(found);
    setBusy(true);
    try {
      await api('/conversation/settings', { method: 'PATCH', body: { script, handoff } });
      setErrors({});
      setSaved(true);
      await loaded.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  const draft = scriptFromForm(form, current);
  return (
    <div className="script-editor">
      <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="script-title">
        <h2 id="script-title">Qualification script</h2>
        <p className="field-hint">
          The assistant asks these in order, skipping any the lead has already answered (in the inquiry or a
          text) and any that does not apply to their intent.
        </p>
        {errorFor(errors, 'script.questions') &&
          !Object.keys(errors).some((k) => /questions\.\d/.test(k)) && (
            <p className="field-error">{errorFor(errors, 'script.questions')}</p>
          )}
        <ol className="script-questions">
          {form.questions.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a question's place is its identity here
            <li key={i} className="script-question">
              <fieldset>
                <legend>Question {i + 1}</legend>
                <SelectField
                  label={`Question ${i + 1} asks for`}
                  value={row.slot}
                  options={SLOT_NAMES.map((slot) => ({ value: slot, label: SLOT_LABELS[slot] }))}
                  onChange={(e) => setRow(i, { slot: e.target.value as QuestionRow['slot'] })}
                />
                <fieldset className="checks">
                  <legend>Asked of</legend>
                  {INTENT_NAMES.map((intent) => (
                    <label key={intent}>
                      <input
                        type="checkbox"
                        checked={row.intents.includes(intent)}
                        onChange={(e) =>
                          setRow(i, {
                            intents: e.target.checked
                              ? INTENT_NAMES.filter((x) => x === intent || row.intents.includes(x))
                              : row.intents.filter((x) => x !== intent),
                          })
                        }
                      />{' '}
                      {intent === 'both' ? 'buy and sell' : intent}
                    </label>
                  ))}
                  <p className="field-hint">None ticked: every lead.</p>
                </fieldset>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={row.required}
                    onChange={(e) => setRow(i, { required: e.target.checked })}
                  />{' '}
                  Required to qualify
                </label>
                <TextAreaField
                  label={`Question ${i + 1} wording`}
                  rows={3}
                  value={row.phrasings}
                  error={errorFor(errors, `script.questions.${i}`)}
                  hint="One way of asking per line (1–5); one is picked per lead. May use {agent}, {business}, {firstName}."
                  onChange={(e) => setRow(i, { phrasings: e.target.value })}
                />
                <div className="row-actions">
                  <Button
                    variant="link"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={`Move question ${i + 1} up`}
                  >
                    Up
                  </Button>
                  <Button
                    variant="link"
                    disabled={i === form.questions.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`Move question ${i + 1} down`}
                  >
                    Down
                  </Button>
                  <Button
                    variant="link"
                    onClick={() => set({ questions: form.questions.filter((_, j) => j !== i) })}
                    aria-label={`Remove question ${i + 1}`}
                  >
                    Remove
                  </Button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button
          disabled={form.questions.length >= QUESTIONS_MAX}
          onClick={() =>
            set({
              questions: [...form.questions, { slot: 'beds', intents: [], required: false, phrasings: '' }],
            })
          }
        >
          Add a question
        </Button>
        <fieldset>
          <legend>Handoff and qualification</legend>
          <Field
            label="Hot lead: moving within (months)"
            inputMode="numeric"
            value={form.hotTimelineMonths}
            error={errorFor(errors, 'handoff.hotTimelineMonths')}
            hint="A qualified lead moving this soon goes to an agent at once"
            onChange={(e) => set({ hotTimelineMonths: e.target.value })}
          />
          <Field
            label="Turns without progress before a person takes over"
            inputMode="numeric"
            value={form.maxTurnsWithoutProgress}
            error={errorFor(errors, 'handoff.maxTurnsWithoutProgress')}
            onChange={(e) => set({ maxTurnsWithoutProgress: e.target.value })}
          />
          {form.qualifyWithoutArea && (
            <>
              <label className="check">
                <input
                  type="checkbox"
                  checked={form.qualifyWithoutArea.enabled}
                  onChange={(e) =>
                    set({
                      qualifyWithoutArea: {
                        withinMonths: form.qualifyWithoutArea?.withinMonths ?? '3',
                        enabled: e.target.checked,
                      },
                    })
                  }
                />{' '}
                Qualify without an area when intent, budget, financing and a near timeline are known
              </label>
              <Field
                label="Near timeline for that (months)"
                inputMode="numeric"
                value={form.qualifyWithoutArea.withinMonths}
                error={errorFor(errors, 'script.qualifyWithoutArea')}
                onChange={(e) =>
                  set({
                    qualifyWithoutArea: {
                      enabled: form.qualifyWithoutArea?.enabled ?? true,
                      withinMonths: e.target.value,
                    },
                  })
                }
              />
            </>
          )}
        </fieldset>
        <SaveStatus saved={saved} errors={errors} fields={FIELDS} />
        <Button type="submit" variant="primary" busy={busy}>
          Save script
        </Button>
      </form>
      <NextQuestionPreview
        script={draft.script}
        hotTimelineMonths={draft.handoff?.hotTimelineMonths ?? null}
      />
    </div>
  );
}

/** The question the script being edited would ask a sample lead next, by the server's own script logic. */
export function NextQuestionPreview({
  script,
  hotTimelineMonths,
}: {
  script: Script | null;
  hotTimelineMonths: number | null;
}) {
  const [sample, setSample] = useState<SampleProfile>(EMPTY_SAMPLE);
  const [result, setResult] = useState<ScriptPreviewResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const request = script
    ? JSON.stringify({
        script,
        hotTimelineMonths: hotTimelineMonths ?? undefined,
        profile: sampleProfile(sample),
      })
    : null;

  useEffect(() => {
    if (!request) return;
    let live = true;
    const timer = setTimeout(() => {
      previewScript(JSON.parse(request) as Record<string, unknown>)
        .then((answer) => {
          if (!live) return;
          setResult(answer);
          setError(null);
        })
        .catch((caught: Error) => {
          if (live) setError(caught);
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [request]);

  const set = (patch: Partial<SampleProfile>) => setSample((current) => ({ ...current, ...patch }));
  return (
    <section className="script-preview" aria-labelledby="script-preview-title">
      <h2 id="script-preview-title">Next question preview</h2>
      <p className="field-hint">What a sample lead has told us so far:</p>
      <SelectField
        label="Intent"
        value={sample.intent}
        options={[
          { value: '', label: 'Not known' },
          { value: 'buy', label: 'Buy' },
          { value: 'sell', label: 'Sell' },
          { value: 'both', label: 'Buy and sell' },
          { value: 'rent', label: 'Rent' },
        ]}
        onChange={(e) => set({ intent: e.target.value as SampleProfile['intent'] })}
      />
      <Field
        label="Moving within (months)"
        inputMode="numeric"
        value={sample.timelineMonths}
        onChange={(e) => set({ timelineMonths: e.target.value })}
      />
      <Field
        label="Budget up to ($)"
        inputMode="decimal"
        value={sample.budgetMax}
        onChange={(e) => set({ budgetMax: e.target.value })}
      />
      <SelectField
        label="Pre-approved or cash"
        value={sample.preApproved}
        options={[
          { value: '', label: 'Not known' },
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        onChange={(e) => set({ preApproved: e.target.value as SampleProfile['preApproved'] })}
      />
      <Field
        label="Areas"
        hint="Comma-separated"
        value={sample.areas}
        onChange={(e) => set({ areas: e.target.value })}
      />
      <Field
        label="Bedrooms"
        inputMode="numeric"
        value={sample.beds}
        onChange={(e) => set({ beds: e.target.value })}
      />
      <Field
        label="Address of the home to sell"
        value={sample.propertyAddress}
        onChange={(e) => set({ propertyAddress: e.target.value })}
      />
      <ErrorBanner error={error} />
      <output className="preview-result" aria-live="polite" data-testid="next-question">
        {!script
          ? 'Fix the script to see the preview.'
          : !result
            ? '…'
            : result.handoff
              ? 'Qualified and moving soon: the assistant hands the lead to an agent now.'
              : result.next
                ? `Next: question ${result.next.index + 1}, ${SLOT_LABELS[result.next.slot]}${
                    result.next.required ? '' : ' (optional)'
                  }: “${result.next.phrasing}”${result.qualified ? ' The lead is already qualified.' : ''}`
                : result.qualified
                  ? 'Qualified: nothing left to ask; the assistant offers times to meet.'
                  : 'Nothing left to ask.'}
      </output>
    </section>
  );
}

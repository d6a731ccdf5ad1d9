import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { Field } from '../../components/Field.tsx';
import '../knowledge/knowledge.css';
import { ScriptEditor } from '../knowledge/ScriptEditor.tsx';
import { apiFieldErrors, errorFor, type FieldErrors } from './form-errors.ts';
import { formatMarketAreas, type MarketArea, parseMarketAreas } from './market-areas.ts';
import { SaveStatus, TextAreaField } from './parts.tsx';
import { checkPersona, checkTemplates, TEMPLATE_LIMITS, type TemplateKey } from './validation.ts';

interface ConversationSettings {
  assistantName: string | null;
  tone: string;
  replyInLeadLanguage: boolean;
  marketAreas?: MarketArea[];
}

type MessagingTexts = Omit<Record<TemplateKey, string>, 'introTemplate'> & {
  introTemplate?: string;
  businessName?: string;
  supportContact?: string;
};

interface Form {
  assistantName: string;
  tone: string;
  businessName: string;
  supportContact: string;
  templates: Record<TemplateKey, string>;
  replyInLeadLanguage: boolean;
  marketAreas: string;
}

const TEMPLATE_LABELS: Record<TemplateKey, string> = {
  introTemplate: 'How the assistant introduces itself',
  firstResponseTemplate: 'First response',
  helpTemplate: 'Answer to HELP',
  stopTemplate: 'Answer to STOP',
  startTemplate: 'Answer to START',
};

const FIELDS = [
  'assistantName',
  'tone',
  'businessName',
  'supportContact',
  'replyInLeadLanguage',
  'marketAreas',
  ...Object.keys(TEMPLATE_LIMITS),
];

/** The assistant's persona, the business's name in texts, the message templates and the qualification script. */
export function AssistantSection() {
  return (
    <>
      <AssistantForm />
      {/* The same editor as Knowledge → Qualification script: the questions in a form, checked, with a preview. */}
      <ScriptEditor />
    </>
  );
}

function AssistantForm() {
  const loaded = useApi(async (signal) => {
    const [conversation, messaging] = await Promise.all([
      api<ConversationSettings>('/conversation/settings', { signal }),
      api<MessagingTexts>('/messaging/settings', { signal }),
    ]);
    return { conversation, messaging };
  }, []);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    const { conversation, messaging } = loaded.data;
    setForm({
      assistantName: conversation.assistantName ?? '',
      tone: conversation.tone,
      businessName: messaging.businessName ?? '',
      supportContact: messaging.supportContact ?? '',
      templates: {
        // A server from before the setting existed sends none: the field starts empty.
        introTemplate: messaging.introTemplate ?? '',
        firstResponseTemplate: messaging.firstResponseTemplate,
        helpTemplate: messaging.helpTemplate,
        stopTemplate: messaging.stopTemplate,
        startTemplate: messaging.startTemplate,
      },
      replyInLeadLanguage: conversation.replyInLeadLanguage,
      marketAreas: formatMarketAreas(conversation.marketAreas ?? []),
    });
  }, [loaded.data]);

  if (loaded.error) return <ErrorBanner error={loaded.error} onRetry={() => void loaded.reload()} />;
  if (!form) return <p role="status">Loading…</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    setSaved(false);
    const persona = checkPersona(form);
    const templates = checkTemplates(form.templates);
    const areas = parseMarketAreas(form.marketAreas);
    const found = {
      ...persona.errors,
      ...templates.errors,
      ...(areas.error ? { marketAreas: areas.error } : {}),
    };
    if (Object.keys(found).length > 0 || !persona.value || !templates.value || !areas.value) {
      return setErrors(found);
    }
    setBusy(true);
    try {
      await api('/conversation/settings', {
        method: 'PATCH',
        // The script has its own form and save below: this one leaves it as it is.
        body: { ...persona.value, replyInLeadLanguage: form.replyInLeadLanguage, marketAreas: areas.value },
      });
      await api('/messaging/settings', {
        method: 'PATCH',
        body: {
          ...templates.value,
          introTemplate: templates.value.introTemplate || null,
          businessName: form.businessName.trim() || null,
          supportContact: form.supportContact.trim() || null,
        },
      });
      setErrors({});
      setSaved(true);
      await loaded.reload();
    } catch (error) {
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  }

  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-labelledby="assistant-title">
      <h2 id="assistant-title">Assistant and templates</h2>
      <fieldset>
        <legend>Persona</legend>
        <Field
          label="Assistant's name"
          value={form.assistantName}
          error={errorFor(errors, 'assistantName')}
          hint="A name for the automated assistant; empty: it is the business's assistant. Never a person's name"
          onChange={(e) => set({ assistantName: e.target.value })}
        />
        <Field
          label="Tone"
          value={form.tone}
          error={errorFor(errors, 'tone')}
          hint="For an optional language model: how the texts should sound"
          onChange={(e) => set({ tone: e.target.value })}
        />
        <Field
          label="Business name in texts"
          value={form.businessName}
          error={errorFor(errors, 'businessName')}
          hint="Empty: the workspace's name"
          onChange={(e) => set({ businessName: e.target.value })}
        />
        <Field
          label="Support contact"
          value={form.supportContact}
          error={errorFor(errors, 'supportContact')}
          hint="Given in the answer to HELP, e.g. a phone number or email"
          onChange={(e) => set({ supportContact: e.target.value })}
        />
      </fieldset>
      <fieldset>
        <legend>Message templates</legend>
        <p className="field-hint">
          Merge fields: {'{firstName}'}, {'{agentName}'}, {'{agentFullName}'}, {'{businessName}'},{' '}
          {'{supportContact}'}, {'{aboutProperty}'}. In the first response, {'{intro}'} is the introduction
          above and {'{inquiryReply}'} the reply built from the inquiry: what it said, an answer from the
          knowledge base and the next question ({'{nextQuestion}'} alone). The introduction should say the
          assistant is automated.
        </p>
        {(Object.keys(TEMPLATE_LIMITS) as TemplateKey[]).map((key) => (
          <TextAreaField
            key={key}
            label={TEMPLATE_LABELS[key]}
            rows={3}
            value={form.templates[key]}
            maxLength={TEMPLATE_LIMITS[key]}
            error={errorFor(errors, key)}
            hint={`${form.templates[key].length} / ${TEMPLATE_LIMITS[key]} characters`}
            onChange={(e) => set({ templates: { ...form.templates, [key]: e.target.value } })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Market areas</legend>
        <TextAreaField
          label="Your market areas"
          rows={4}
          spellCheck={false}
          value={form.marketAreas}
          error={errorFor(errors, 'marketAreas')}
          hint="One area a line, its neighbourhoods after a colon: Austin, TX: Great Hills; Zilker. Read first in leads' texts, in any case, even when a name is an everyday word."
          onChange={(e) => set({ marketAreas: e.target.value })}
        />
      </fieldset>
      <fieldset>
        <legend>Language</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.replyInLeadLanguage}
            onChange={(e) => set({ replyInLeadLanguage: e.target.checked })}
          />
          Answer leads who write in Spanish in Spanish
        </label>
        <p className="field-hint">
          Questions, confirmations, handoffs and "who is this" answers follow the lead's language. Off: every
          reply is in English. The answers to STOP and HELP are the templates above.
        </p>
      </fieldset>
      <SaveStatus saved={saved} errors={errors} fields={FIELDS} />
      <Button type="submit" variant="primary" busy={busy}>
        Save assistant settings
      </Button>
    </form>
  );
}

import type { FieldErrors } from '../settings/form-errors.ts';

export const SLOT_LABELS = {
  intent: 'Buy, sell or rent',
  propertyAddress: 'Address of the home to sell',
  timelineMonths: 'Timeline',
  preApproved: 'Financing (pre-approval or cash)',
  budget: 'Budget',
  areas: 'Areas',
  beds: 'Bedrooms',
  baths: 'Bathrooms',
  propertyType: 'Property type',
  moveInDate: 'Move-in date (renters)',
  pets: 'Pets (renters)',
} as const;

export type SlotName = keyof typeof SLOT_LABELS;
export const SLOT_NAMES = Object.keys(SLOT_LABELS) as SlotName[];
export const INTENT_NAMES = ['buy', 'sell', 'both', 'rent'] as const;
export type IntentName = (typeof INTENT_NAMES)[number];

/** A script question as the API has it. */
export interface ScriptQuestion {
  slot: SlotName;
  intents?: IntentName[];
  required: boolean;
  phrasings: string[];
}

/** The script as loaded: its questions, and whatever rules it carries besides (kept as they are). */
export interface Script {
  questions: ScriptQuestion[];
  [rule: string]: unknown;
}

export interface HandoffRules {
  hotTimelineMonths: number;
  maxTurnsWithoutProgress: number;
  [rule: string]: unknown;
}

export interface QuestionRow {
  slot: SlotName;
  /** Empty: asked of every lead. */
  intents: IntentName[];
  required: boolean;
  /** One way of asking per line. */
  phrasings: string;
}

export interface ScriptForm {
  questions: QuestionRow[];
  hotTimelineMonths: string;
  maxTurnsWithoutProgress: string;
  /** Present only when the server's script has the rule. */
  qualifyWithoutArea: { enabled: boolean; withinMonths: string } | null;
}

export const PHRASING_MAX = 300;
export const QUESTIONS_MAX = 20;

export function scriptForm(script: Script, handoff: HandoffRules): ScriptForm {
  const rule = script.qualifyWithoutArea as { enabled: boolean; withinMonths: number } | undefined;
  return {
    questions: script.questions.map((q) => ({
      slot: q.slot,
      intents: q.intents ?? [],
      required: q.required,
      phrasings: q.phrasings.join('\n'),
    })),
    hotTimelineMonths: String(handoff.hotTimelineMonths),
    maxTurnsWithoutProgress: String(handoff.maxTurnsWithoutProgress),
    qualifyWithoutArea:
      rule && typeof rule === 'object'
        ? { enabled: rule.enabled, withinMonths: String(rule.withinMonths) }
        : null,
  };
}

/** The ways of asking a row holds, one a line, blank lines dropped. */
export function phrasingsOf(row: QuestionRow): string[] {
  return row.phrasings
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The form as the script and handoff rules to save, or the errors by field, named as the server
 * names them (`script.questions.2.phrasings`), so its own refusals land on the same inputs.
 */
export function scriptFromForm(
  form: ScriptForm,
  loaded: { script: Script; handoff: HandoffRules },
): { script: Script | null; handoff: HandoffRules | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const whole = (field: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
      errors[field] = `A whole number from ${min} to ${max}`;
    }
    return n;
  };
  if (form.questions.length === 0) errors['script.questions'] = 'Keep at least one question';
  if (form.questions.length > QUESTIONS_MAX)
    errors['script.questions'] = `At most ${QUESTIONS_MAX} questions`;
  const questions: ScriptQuestion[] = form.questions.map((row, i) => {
    const phrasings = phrasingsOf(row);
    const key = `script.questions.${i}.phrasings`;
    if (phrasings.length === 0) errors[key] = 'Write at least one way to ask';
    else if (phrasings.length > 5) errors[key] = 'At most 5 ways to ask, one per line';
    else if (phrasings.some((p) => p.length > PHRASING_MAX))
      errors[key] = `Each at most ${PHRASING_MAX} characters`;
    return {
      slot: row.slot,
      ...(row.intents.length > 0 ? { intents: row.intents } : {}),
      required: row.required,
      phrasings,
    };
  });
  const hot = whole('handoff.hotTimelineMonths', form.hotTimelineMonths, 0, 24);
  const turns = whole('handoff.maxTurnsWithoutProgress', form.maxTurnsWithoutProgress, 1, 50);
  const script: Script = { ...loaded.script, questions };
  if (form.qualifyWithoutArea) {
    script.qualifyWithoutArea = {
      enabled: form.qualifyWithoutArea.enabled,
      withinMonths: whole(
        'script.qualifyWithoutArea.withinMonths',
        form.qualifyWithoutArea.withinMonths,
        0,
        24,
      ),
    };
  }
  if (Object.keys(errors).length > 0) return { script: null, handoff: null, errors };
  return {
    script,
    handoff: { ...loaded.handoff, hotTimelineMonths: hot, maxTurnsWithoutProgress: turns },
    errors,
  };
}

/** A sample lead for the preview: what is known about them, every field optional. */
export interface SampleProfile {
  intent: IntentName | '';
  timelineMonths: string;
  budgetMax: string;
  preApproved: '' | 'yes' | 'no';
  areas: string;
  beds: string;
  propertyAddress: string;
}

export const EMPTY_SAMPLE: SampleProfile = {
  intent: '',
  timelineMonths: '',
  budgetMax: '',
  preApproved: '',
  areas: '',
  beds: '',
  propertyAddress: '',
};

/** The sample as the preview route's profile; a value that is not a number is left out, as unknown. */
export function sampleProfile(sample: SampleProfile): Record<string, unknown> {
  const profile: Record<string, unknown> = {};
  const number = (value: string) => {
    const n = Number(value.replace(/[$,\s]/g, ''));
    return value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  if (sample.intent) profile.intent = sample.intent;
  const timeline = number(sample.timelineMonths);
  if (timeline !== undefined && timeline <= 120) profile.timelineMonths = timeline;
  const budget = number(sample.budgetMax);
  if (budget !== undefined) profile.budgetMax = budget;
  if (sample.preApproved) profile.preApproved = sample.preApproved === 'yes';
  const areas = sample.areas
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .slice(0, 20);
  if (areas.length > 0) profile.areas = areas;
  const beds = number(sample.beds);
  if (beds !== undefined && beds <= 100) profile.beds = beds;
  if (sample.propertyAddress.trim()) profile.propertyAddress = sample.propertyAddress.trim();
  return profile;
}

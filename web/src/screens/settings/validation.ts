import type { FieldErrors } from './form-errors.ts';

/** Client-side checks that mirror the API's schemas, so most mistakes show before a round trip. */

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{7,14}$/;
export const PASSWORD_MIN_LENGTH = 10;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

export type Result<T> = { value: T; errors: null } | { value: null; errors: FieldErrors };

export function done<T>(value: T, errors: FieldErrors): Result<T> {
  return Object.keys(errors).length > 0 ? { value: null, errors } : { value, errors: null };
}

export interface WorkspaceProfile {
  name: string;
  timezone: string;
  defaultRegion: string;
}

export function checkWorkspace(form: WorkspaceProfile): Result<WorkspaceProfile> {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  const region = form.defaultRegion.trim().toUpperCase();
  if (!name) errors.name = 'Give the workspace a name';
  else if (name.length > 100) errors.name = 'At most 100 characters';
  if (!isTimeZone(form.timezone.trim())) errors.timezone = 'An IANA time zone such as America/Chicago';
  if (!/^[A-Z]{2}$/.test(region)) errors.defaultRegion = 'A two-letter country code such as US';
  return done({ name, timezone: form.timezone.trim(), defaultRegion: region }, errors);
}

export interface QuietHoursForm {
  enabled: boolean;
  start: string;
  end: string;
}

export interface MessagingForm {
  quietHours: QuietHoursForm;
  directReplyIgnoresQuietHours: boolean;
  contactDailyCap: string;
  workspaceDailyCap: string;
  agentNotifications: 'sms' | 'email' | 'both' | 'none';
}

export interface MessagingPatch {
  quietHours: { start: string; end: string } | null;
  directReplyIgnoresQuietHours: boolean;
  contactDailyCap: number;
  workspaceDailyCap: number;
  agentNotifications: MessagingForm['agentNotifications'];
}

export function integer(text: string, min: number, max: number): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return 'A whole number';
  const value = Number(trimmed);
  if (value < min || value > max)
    return `From ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`;
  return value;
}

export function checkMessaging(form: MessagingForm): Result<MessagingPatch> {
  const errors: FieldErrors = {};
  let quietHours: MessagingPatch['quietHours'] = null;
  if (form.quietHours.enabled) {
    if (!HHMM.test(form.quietHours.start)) errors['quietHours.start'] = 'A time as HH:MM';
    if (!HHMM.test(form.quietHours.end)) errors['quietHours.end'] = 'A time as HH:MM';
    else if (form.quietHours.start === form.quietHours.end)
      errors['quietHours.end'] = 'Start and end must differ';
    quietHours = { start: form.quietHours.start, end: form.quietHours.end };
  }
  const contact = integer(form.contactDailyCap, 1, 50);
  const workspace = integer(form.workspaceDailyCap, 1, 1_000_000);
  if (typeof contact === 'string') errors.contactDailyCap = contact;
  if (typeof workspace === 'string') errors.workspaceDailyCap = workspace;
  return done(
    {
      quietHours,
      directReplyIgnoresQuietHours: form.directReplyIgnoresQuietHours,
      contactDailyCap: typeof contact === 'number' ? contact : 0,
      workspaceDailyCap: typeof workspace === 'number' ? workspace : 0,
      agentNotifications: form.agentNotifications,
    },
    errors,
  );
}

export interface PersonaForm {
  assistantName: string;
  tone: string;
}

/** An empty name sends null: the assistant is then the business's automated assistant, unnamed. */
export function checkPersona(form: PersonaForm): Result<{ assistantName: string | null; tone: string }> {
  const errors: FieldErrors = {};
  const name = form.assistantName.trim();
  const tone = form.tone.trim();
  if (name.length > 40) errors.assistantName = 'At most 40 characters';
  if (!tone) errors.tone = 'Describe the tone in a few words';
  else if (tone.length > 80) errors.tone = 'At most 80 characters';
  return done({ assistantName: name || null, tone }, errors);
}

export const TEMPLATE_LIMITS = {
  introTemplate: 200,
  firstResponseTemplate: 640,
  helpTemplate: 320,
  stopTemplate: 320,
  startTemplate: 320,
} as const;

export type TemplateKey = keyof typeof TEMPLATE_LIMITS;

export function checkTemplates(form: Record<TemplateKey, string>): Result<Record<TemplateKey, string>> {
  const errors: FieldErrors = {};
  const value = {} as Record<TemplateKey, string>;
  for (const key of Object.keys(TEMPLATE_LIMITS) as TemplateKey[]) {
    const text = form[key].trim();
    // An empty introduction goes back to the default one, which says the assistant is automated.
    if (!text && key !== 'introTemplate') errors[key] = 'Cannot be empty';
    else if (text.length > TEMPLATE_LIMITS[key]) errors[key] = `At most ${TEMPLATE_LIMITS[key]} characters`;
    value[key] = text;
  }
  if (value.stopTemplate && !/unsubscribed|opted out|no more/i.test(value.stopTemplate)) {
    errors.stopTemplate = 'Say that no more texts will be sent';
  }
  return done(value, errors);
}

/** The qualification script is edited as JSON; the server checks the questions in detail. */
export function parseScript(text: string): Result<{ questions: unknown[] }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { value: null, errors: { script: 'Not valid JSON' } };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !Array.isArray((parsed as { questions?: unknown }).questions)
  ) {
    return { value: null, errors: { script: 'Needs a "questions" list' } };
  }
  const questions = (parsed as { questions: unknown[] }).questions;
  if (questions.length === 0 || questions.length > 20) {
    return { value: null, errors: { script: 'Between 1 and 20 questions' } };
  }
  return { value: { questions }, errors: null };
}

export interface NewUserForm {
  name: string;
  email: string;
  role: 'owner' | 'admin' | 'agent';
  password: string;
  timezone: string;
}

export function checkNewUser(form: NewUserForm): Result<Record<string, string>> {
  const errors: FieldErrors = {};
  const email = form.email.trim().toLowerCase();
  if (!form.name.trim()) errors.name = 'Enter a name';
  if (!EMAIL.test(email)) errors.email = 'Enter an email address';
  if (form.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = `At least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (form.timezone.trim() && !isTimeZone(form.timezone.trim())) errors.timezone = 'An IANA time zone';
  return done(
    {
      name: form.name.trim(),
      email,
      role: form.role,
      password: form.password,
      ...(form.timezone.trim() ? { timezone: form.timezone.trim() } : {}),
    },
    errors,
  );
}

export function checkPhoneNumber(form: { number: string; messagingServiceSid: string }): Result<{
  number: string;
  messagingServiceSid?: string;
}> {
  const errors: FieldErrors = {};
  const number = form.number.replace(/[\s().-]/g, '');
  const sid = form.messagingServiceSid.trim();
  if (!E164.test(number)) errors.number = 'An E.164 number such as +15125550100';
  if (sid && !/^MG[0-9a-fA-F]{32}$/.test(sid)) errors.messagingServiceSid = 'A Messaging Service SID (MG…)';
  return done({ number, ...(sid ? { messagingServiceSid: sid } : {}) }, errors);
}

/** "1440, 60" → [1440, 60]: minutes before an appointment that reminders go out. */
export function parseReminderOffsets(text: string): Result<number[]> {
  const parts = text
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const values: number[] = [];
  for (const part of parts) {
    const value = integer(part, 5, 14 * 24 * 60);
    if (typeof value === 'string')
      return { value: null, errors: { reminderOffsetsMinutes: `"${part}": ${value}` } };
    values.push(value);
  }
  if (values.length > 5) return { value: null, errors: { reminderOffsetsMinutes: 'At most 5 reminders' } };
  if (new Set(values).size !== values.length)
    return { value: null, errors: { reminderOffsetsMinutes: 'Each once' } };
  return { value: values, errors: null };
}

/** The HTML to paste into a website: the workspace's lead form in a frame. */
export function embedSnippet(origin: string, slug: string, source?: string): string {
  const query = source?.trim() ? `?source=${encodeURIComponent(source.trim())}` : '';
  const src = `${origin.replace(/\/$/, '')}/f/${encodeURIComponent(slug)}${query}`;
  return `<iframe src="${src}" title="Contact form" width="100%" height="640" style="border:0;max-width:480px" loading="lazy"></iframe>`;
}

export interface AppointmentTypeForm {
  name: string;
  kind: string;
  description: string;
  durationMinutes: string;
  slotStepMinutes: string;
  locationKind: string;
  locationText: string;
  assignment: string;
  active: boolean;
  agents: Record<string, string>;
}

/** A type's form as the API's body; agents maps a user id to a weight ("" or absent: does not take it). */
export function checkAppointmentType(form: AppointmentTypeForm): Result<Record<string, unknown>> {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = 'Name the type, e.g. Buyer consultation';
  else if (name.length > 120) errors.name = 'At most 120 characters';
  const onGrid = (text: string, min: number, max: number, key: string) => {
    const value = integer(text, min, max);
    if (typeof value === 'string') errors[key] = `${value} minutes`;
    else if (value % 5 !== 0) errors[key] = 'A multiple of 5 minutes';
    return typeof value === 'number' ? value : 0;
  };
  const durationMinutes = onGrid(form.durationMinutes, 5, 600, 'durationMinutes');
  const slotStepMinutes = onGrid(form.slotStepMinutes, 5, 240, 'slotStepMinutes');
  const agents: Array<{ agentId: string; weight: number }> = [];
  for (const [agentId, weightText] of Object.entries(form.agents)) {
    if (!weightText.trim()) continue;
    const weight = integer(weightText, 1, 100);
    if (typeof weight === 'string') errors[`agents.${agentId}`] = `Weight: ${weight}`;
    else agents.push({ agentId, weight });
  }
  return done(
    {
      name,
      kind: form.kind,
      description: form.description.trim() || null,
      durationMinutes,
      slotStepMinutes,
      locationKind: form.locationKind,
      locationText: form.locationText.trim() || null,
      assignment: form.assignment,
      active: form.active,
      agents,
    },
    errors,
  );
}

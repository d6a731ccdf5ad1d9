import { ApiError } from '../../api/client.ts';

export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ContactValues = Record<ContactField, string>;
export type FieldErrors = Partial<Record<ContactField, string>>;

export function contactValues(contact: {
  name: string | null;
  email: string | null;
  phone: string | null;
}): ContactValues {
  return { name: contact.name ?? '', email: contact.email ?? '', phone: contact.phone ?? '' };
}

/** Only what changed; an emptied field is sent as null, which clears it. */
export function contactChanges(
  before: ContactValues,
  after: ContactValues,
): Partial<Record<ContactField, string | null>> {
  const changes: Partial<Record<ContactField, string | null>> = {};
  for (const field of CONTACT_FIELDS) {
    const next = after[field].trim();
    if (next !== before[field].trim()) changes[field] = next === '' ? null : next;
  }
  return changes;
}

/** Filled fields only, for a correction request's answer (empty means "leave as is"). */
export function filledFields(values: ContactValues): Partial<ContactValues> {
  const fields: Partial<ContactValues> = {};
  for (const field of CONTACT_FIELDS) {
    const value = values[field].trim();
    if (value) fields[field] = value;
  }
  return fields;
}

function fieldOf(text: string): ContactField | null {
  const lower = text.toLowerCase();
  if (lower.includes('email')) return 'email';
  if (lower.includes('phone')) return 'phone';
  if (lower.includes('name')) return 'name';
  return null;
}

/**
 * The API's answer placed by the field it is about: schema issues name their path, the service's
 * own refusals name the field in their details or, for a duplicate, in the message.
 */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const details = (error.details ?? {}) as { field?: unknown; issues?: unknown };
  const errors: FieldErrors = {};
  if (Array.isArray(details.issues)) {
    for (const issue of details.issues as Array<{ path?: unknown; message?: unknown }>) {
      const last = String(issue.path ?? '')
        .split('.')
        .pop();
      const field = CONTACT_FIELDS.find((f) => f === last);
      if (field && !errors[field]) errors[field] = String(issue.message ?? 'is not valid');
    }
    return errors;
  }
  const named = CONTACT_FIELDS.find((f) => f === details.field);
  const field = named ?? (error.code === 'contact_exists' ? fieldOf(error.message) : null);
  if (field) errors[field] = error.message;
  return errors;
}

/** Whether the error is fully shown by the fields, so no banner is needed. */
export function shownByFields(error: unknown): boolean {
  return Object.keys(fieldErrors(error)).length > 0;
}

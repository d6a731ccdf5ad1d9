export const KIND_LABELS: Record<string, string> = {
  access: 'Access (a copy of the data)',
  portability: 'Portability (a machine-readable copy)',
  deletion: 'Deletion',
  correction: 'Correction',
  restriction: 'Restriction',
  opt_out_of_sale: 'Do not sell or share',
};

export const JURISDICTION_LABELS: Record<string, string> = {
  gdpr: 'GDPR (EU, UK)',
  ccpa: 'CCPA (California)',
  other: 'Other',
};

export interface RequestDraft {
  kind: string;
  personBy: 'phone' | 'email';
  person: string;
  jurisdiction: string;
  note: string;
}

export const EMPTY_DRAFT: RequestDraft = {
  kind: 'access',
  personBy: 'phone',
  person: '',
  jurisdiction: 'other',
  note: '',
};

export type DraftErrors = Partial<Record<'person' | 'note', string>>;

export function checkDraft(draft: RequestDraft): DraftErrors {
  const errors: DraftErrors = {};
  const person = draft.person.trim();
  if (!person) errors.person = `Give the person's ${draft.personBy === 'phone' ? 'phone number' : 'email'}`;
  else if (draft.personBy === 'email' && !person.includes('@'))
    errors.person = 'That is not an email address';
  if (draft.note.length > 2000) errors.note = 'Keep the note under 2000 characters';
  return errors;
}

/** The body of POST /privacy/requests: exactly one of phone or email. */
export function requestBody(draft: RequestDraft) {
  const note = draft.note.trim();
  return {
    kind: draft.kind,
    [draft.personBy]: draft.person.trim(),
    jurisdiction: draft.jurisdiction,
    ...(note ? { note } : {}),
  };
}

export function isOpen(status: string): boolean {
  return status !== 'completed' && status !== 'rejected';
}

export function returnsDownload(kind: string): boolean {
  return kind === 'access' || kind === 'portability';
}

/** The download link as an absolute address, to copy and send. */
export function absoluteUrl(url: string, origin: string): string {
  return new URL(url, origin).toString();
}

/** Shapes of the compliance API (src/consent/*.schema.ts, src/privacy/privacy.schema.ts) and their wording. */

export type ConsentSource = 'form' | 'api' | 'import' | 'keyword' | 'agent' | 'provider';

export interface ConsentLogEntry {
  id: string;
  contactId: string;
  leadId: string | null;
  contactName: string | null;
  phone: string | null;
  channel: 'sms' | 'voice' | 'email';
  purpose: 'conversational' | 'marketing';
  action: 'granted' | 'revoked';
  source: ConsentSource;
  evidence: Record<string, unknown>;
  createdAt: string;
}

export interface OptOut {
  contactId: string;
  leadId: string | null;
  contactName: string | null;
  phone: string | null;
  email: string | null;
  revokedAt: string;
  source: ConsentSource;
  consentEventId: string;
}

export interface DoNotContactEntry {
  id: string;
  kind: 'phone' | 'email';
  display: string;
  reason: 'do_not_contact' | 'erased' | 'opt_out';
  note: string | null;
  createdAt: string;
}

export interface ImportResult {
  added: number;
  alreadyListed: number;
  rejected: Array<{ line: number; reason: string }>;
}

export interface PrivacyRequest {
  id: string;
  kind: string;
  status: string;
  dueAt: string;
  contactId: string | null;
  createdAt: string;
  completedAt?: string | null;
}

const EVIDENCE_LABELS: Record<string, string> = {
  disclosure: 'Disclosure shown',
  disclosureVersion: 'Disclosure version',
  capturedAt: 'Captured at',
  ip: 'IP address',
  userAgent: 'Browser',
  pageUrl: 'Page',
  keyword: 'Keyword',
  messageId: 'Message',
  body: 'Message',
  note: 'Note',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function humanise(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** The evidence of a consent change as label/value lines, the best-known fields first. */
export function evidenceLines(evidence: Record<string, unknown>): Array<{ label: string; value: string }> {
  const present = Object.keys(evidence).filter(
    (key) => evidence[key] !== null && evidence[key] !== undefined,
  );
  const known = Object.keys(EVIDENCE_LABELS).filter((key) => present.includes(key));
  const rest = present.filter((key) => !(key in EVIDENCE_LABELS)).sort();
  return [...known, ...rest].map((key) => ({
    label: EVIDENCE_LABELS[key] ?? humanise(key),
    value: describeValue(evidence[key]),
  }));
}

const SOURCES: Record<ConsentSource, string> = {
  form: 'Web form',
  api: 'API',
  import: 'Import',
  keyword: 'Text keyword',
  agent: 'Agent',
  provider: 'Carrier',
};

export const sourceLabel = (source: ConsentSource) => SOURCES[source] ?? source;

export function importSummary(result: ImportResult): string {
  const parts = [`${result.added} added`, `${result.alreadyListed} already listed`];
  if (result.rejected.length > 0) parts.push(`${result.rejected.length} not read`);
  return `${parts.join(', ')}.`;
}

/** Lines typed or pasted: phones go as `phone`, anything with an @ as `email`. */
export function dncBody(
  value: string,
  note: string,
): { phone?: string; email?: string; note?: string } | string {
  const text = value.trim();
  if (!text) return 'Enter a phone number or an email address';
  const extra = note.trim() ? { note: note.trim() } : {};
  if (text.includes('@')) {
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)
      ? { email: text, ...extra }
      : 'That email address is not complete';
  }
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return 'That phone number is too short or too long';
  return { phone: text, ...extra };
}

/** Days left until a privacy request is due; negative when late. */
export function daysUntil(dueAt: string, now: Date): number {
  return Math.floor((Date.parse(dueAt) - now.getTime()) / 86_400_000);
}

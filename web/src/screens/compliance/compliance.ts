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
  receivedAt: 'Received at',
  reason: 'Reason',
  keyword: 'Keyword',
  optOutType: 'Carrier keyword',
  ip: 'IP address',
  userAgent: 'Browser',
  pageUrl: 'Page',
  body: 'Message',
  inboundMessageId: 'Text from the lead',
  messageId: 'Text',
  providerErrorCode: 'Carrier error',
  confirmedBy: 'Confirmed by',
  possibleOptOutIds: 'Flags confirmed',
  note: 'Note',
};

const ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A record's id as the short reference an admin can quote: its last 8 characters. */
export function shortRef(id: string): string {
  return `#${id.slice(-8)}`;
}

/** Text with every id in it cut to its short reference. */
export function withShortRefs(text: string): string {
  return text.replace(ID, (id) => shortRef(id));
}

const words = (code: string) => code.replace(/[._]/g, ' ');

function describeActor(value: Record<string, unknown>): string | null {
  if (value.type === 'user') return typeof value.name === 'string' ? value.name : 'A team member';
  if (value.type === 'api_key') return 'An API key';
  if (value.type === 'system') return 'The system';
  return null;
}

function describeValue(key: string, value: unknown, time: (iso: string) => string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return time(value);
    if (key === 'reason' || key === 'optOutType') return words(value);
    return withShortRefs(value);
  }
  if (Array.isArray(value)) return value.map((item) => describeValue(key, item, time)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return (
      describeActor(record) ??
      Object.entries(record)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${humanise(k).toLowerCase()}: ${describeValue(k, v, time)}`)
        .join('; ')
    );
  }
  return String(value);
}

function humanise(key: string): string {
  const text = key
    .replace(/Ids?$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/**
 * The evidence of a consent change as label/value lines, the best-known fields first: times in the viewer's
 * words (`time`), codes as words, and ids only as short references.
 */
export function evidenceLines(
  evidence: Record<string, unknown>,
  time: (iso: string) => string = (iso) => iso,
): Array<{ label: string; value: string }> {
  const present = Object.keys(evidence).filter(
    (key) => evidence[key] !== null && evidence[key] !== undefined && evidence[key] !== '',
  );
  const known = Object.keys(EVIDENCE_LABELS).filter((key) => present.includes(key));
  const rest = present.filter((key) => !(key in EVIDENCE_LABELS)).sort();
  return [...known, ...rest].map((key) => ({
    label: EVIDENCE_LABELS[key] ?? humanise(key),
    value: describeValue(key, evidence[key], time),
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

import type { Lead } from '../../api/leads.ts';

const FACT_LABELS: Record<string, string> = {
  intent: 'Looking to',
  timelineMonths: 'Moving within (months)',
  budgetMax: 'Budget up to',
  budgetMin: 'Budget from',
  preApproved: 'Pre-approved',
  areas: 'Areas',
  beds: 'Bedrooms',
  baths: 'Bathrooms',
  propertyType: 'Property type',
  propertyAddress: 'Property',
  requestedTime: 'Asked to meet',
  firstName: 'First name',
  language: 'Texts in',
};

/**
 * Internal bookkeeping the conversation keeps in the profile (sources, score factors, a doubtful reading
 * waiting for the lead's yes), not facts about the lead.
 */
const HIDDEN = new Set(['scoreFactors', 'sources', 'check']);

const SOURCE_LABELS: Record<string, string> = {
  message: 'from a text',
  model: 'read by the language model, confirmed by the lead',
  form: 'from the form',
  agent: 'entered by an agent',
  import: 'from an import',
};

export interface ProfileFact {
  key: string;
  label: string;
  value: string;
  source: string | null;
  at: string | null;
  messageId: string | null;
}

function words(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replaceAll('_', ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

export function formatFactValue(value: unknown, format: { time(iso: string): string }): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString() : value.toFixed(1);
  if (typeof value === 'string') {
    return /^\d{4}-\d{2}-\d{2}T/.test(value) ? format.time(value) : value.replaceAll('_', ' ');
  }
  if (Array.isArray(value)) return value.map((item) => formatFactValue(item, format)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.start === 'string') return format.time(record.start);
    return Object.entries(record)
      .map(([key, inner]) => `${words(key)}: ${formatFactValue(inner, format)}`)
      .join('; ');
  }
  return String(value);
}

/** The lead's profile as labelled facts, each with where it came from when the API says. */
export function profileFacts(
  lead: Pick<Lead, 'profile' | 'profileSources'>,
  format: { time(iso: string): string },
) {
  const facts: ProfileFact[] = [];
  for (const [key, value] of Object.entries(lead.profile ?? {})) {
    if (HIDDEN.has(key) || value === undefined || value === null) continue;
    const source = lead.profileSources?.[key];
    facts.push({
      key,
      label: FACT_LABELS[key] ?? words(key),
      value:
        key.startsWith('budget') && typeof value === 'number'
          ? `$${value.toLocaleString()}`
          : formatFactValue(value, format),
      source: source ? (SOURCE_LABELS[source.source] ?? source.source) : null,
      at: source?.at ?? null,
      messageId: source?.messageId ?? null,
    });
  }
  return facts;
}

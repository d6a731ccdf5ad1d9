import { type ImportedLead, planColumns, rowToLead } from '../leads/import.mapping.js';
import type { ImportMapping } from '../leads/import.schema.js';
import { isAppError } from '../platform/errors.js';

/** A lead as a source gave it, before intake: the person, what they asked, and the source's own id. */
export interface ParsedLead {
  lead: Omit<ImportedLead, 'consent'>;
  externalId?: string | undefined;
  /** A test lead the source sent on purpose (Google's "send test data"): saved, marked, never texted. */
  isTest?: boolean | undefined;
  /** What else the source said that has no field of its own (an assigned agent, a time frame). */
  details?: Record<string, string> | undefined;
}

export type ParseOutcome = { ok: true; parsed: ParsedLead } | { ok: false; reason: string };

const MESSAGE_LIMIT = 5000;

/** Keys that name the team member a lead is for, compared without case or punctuation. */
const AGENT_KEYS = new Set(['agent', 'agentname', 'agentemail', 'assignedagent', 'assignedto', 'leadagent']);
const squash = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Named values (a form's questions, a webhook's keys) into a lead with the CSV import's rules: the
 * saved mapping first, then the header spellings import knows ("Phone Number", "full_name", "Zip"...).
 * Answers no field takes are kept in the message as "question: answer" lines, so nothing the person
 * wrote is lost. Consent columns are ignored: a source's consent is what its admin configured.
 */
export function fieldsToLead(
  pairs: ReadonlyArray<readonly [string, string]>,
  options: { mapping: ImportMapping; defaultSource: string; timezone: string; now: Date },
): ParseOutcome {
  const named = pairs.filter(([key, value]) => key.trim() !== '' && value.trim() !== '');
  // The agent the lead is for has no column in the import; it is read here, not left in the message.
  const agent = named.find(([key]) => AGENT_KEYS.has(squash(key)) && !(key in options.mapping))?.[1];
  const filled = named.filter(([key]) => !AGENT_KEYS.has(squash(key)) || key in options.mapping);
  const headers = filled.map(([key]) => key);
  const known = new Set(headers.map((h) => h.trim()));
  const mapping = Object.fromEntries(
    Object.entries(options.mapping).filter(([column]) => known.has(column.trim())),
  );
  let plan: ReturnType<typeof planColumns>;
  try {
    plan = planColumns(headers, mapping);
  } catch (error) {
    if (isAppError(error)) return { ok: false, reason: 'no phone number or email address in the fields' };
    throw error;
  }
  const record = filled.map(([, value]) => value);
  const { lead } = rowToLead(record, plan, {
    defaultSource: options.defaultSource,
    timezone: options.timezone,
    now: options.now,
  });
  const extras = filled
    .filter((_, index) => plan[index] === null && mapping[headers[index] ?? ''] !== 'ignore')
    .map(([key, value]) => `${humanize(key)}: ${value}`);
  const message = [lead.message, ...extras].filter(Boolean).join('\n').slice(0, MESSAGE_LIMIT) || undefined;
  const { consent: _ignored, ...rest } = lead;
  const assignedAgent = agent?.replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    ok: true,
    parsed: { lead: { ...rest, message }, ...(assignedAgent ? { details: { assignedAgent } } : {}) },
  };
}

/** `what_is_your_budget?` reads as "What is your budget?" in the lead's timeline. */
function humanize(key: string): string {
  const spaced = key.replace(/[_]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
